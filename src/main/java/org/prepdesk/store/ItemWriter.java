package org.prepdesk.store;

import java.io.IOException;
import java.nio.file.Path;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/**
 * Writes one note or section to its file and only then puts it in the in-memory tree: what is visible
 * is always on disk. Refuses to overwrite a file changed outside since it was read here, keeps the keys
 * the file held that this version does not know, and counts the note for the note cache.
 *
 * <p>Not thread-safe: the {@link Workspace} that owns it calls it only with its own monitor held.
 */
final class ItemWriter {
    private final WorkspaceFiles files;
    private final WorkspaceTree tree;
    private final NoteCacheUpkeep cache;

    ItemWriter(WorkspaceFiles files, WorkspaceTree tree, NoteCacheUpkeep cache) {
        this.files = files;
        this.tree = tree;
        this.cache = cache;
    }

    void writeNote(Note n) {
        Path f = files.noteFile(n.id());
        files.requireUnchangedOnDisk(f);
        try {
            files.write(f, files.codec().encodeNote(n, files.extras(f)), !tree.hasNote(n.id()));
            cache.missed();
        } catch (IOException e) {
            throw StoreErrors.writeFailed("cannot save \"" + StoreErrors.shorten(n.title()) + "\"", e);
        }
        tree.putNote(n);
        tree.invalidate();
    }

    void writeSection(Section s) {
        Path f = files.sectionFile(s.id());
        files.requireUnchangedOnDisk(f);
        try {
            files.write(f, files.codec().encodeSection(s, files.extras(f)), !tree.hasSection(s.id()));
        } catch (IOException e) {
            throw StoreErrors.writeFailed("cannot save the section \"" + StoreErrors.shorten(s.title()) + "\"", e);
        }
        tree.putSection(s);
        tree.invalidate();
    }
}
