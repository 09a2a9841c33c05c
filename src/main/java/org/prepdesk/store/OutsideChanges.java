package org.prepdesk.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/**
 * Notices what changed on disk behind this process's back (a git pull, a sync tool, another editor):
 * re-reads the files whose stamp moved since they were read or written here and says which notes
 * changed, appeared or disappeared, and whether anything (a section, a companion file) changed at all.
 *
 * <p>Not thread-safe: the {@link Workspace} that owns it calls it only with its own monitor held.
 */
final class OutsideChanges {
    /** The notes whose content changed, appeared or disappeared; {@code anything}: whether to publish a reload. */
    record Rescan(List<String> changedNotes, boolean anything) {
    }

    private final WorkspaceFiles files;
    private final WorkspaceTree tree;
    private final NoteCacheUpkeep cache;
    private final CompanionFiles companions;

    OutsideChanges(WorkspaceFiles files, WorkspaceTree tree, NoteCacheUpkeep cache, CompanionFiles companions) {
        this.files = files;
        this.tree = tree;
        this.cache = cache;
        this.companions = companions;
    }

    /** {@code load} reads the workspace again, trusting the notes it is given whose file stamp did not move. */
    Rescan rescan(Consumer<Map<String, NoteCache.Cached>> load) {
        List<String> changed = new ArrayList<>();
        Map<String, Note> before = tree.notesById();
        Map<String, Section> sectionsBefore = tree.sectionsById();
        Map<Path, FileStamp> companionsBefore = companions.stamps();
        int stale = cache.notesNotInCache();
        // only files whose stamp moved since they were read or written here are read again
        load.accept(NoteCache.inMemory(cache.notesWithStamps()));
        cache.addBack(stale);
        for (Note n : tree.notes()) {
            Note old = before.remove(n.id());
            if (old == null || !old.equals(n)) {
                changed.add(n.id());
            }
        }
        changed.addAll(before.keySet());
        boolean anything = !changed.isEmpty() || !sectionsBefore.equals(tree.sectionsById())
                || !companionsBefore.equals(companions.stamps());
        return new Rescan(changed, anything);
    }

    /** Whether a note's file differs from what this workspace last read or wrote. */
    boolean changedOnDisk(String noteId) {
        return files.changedOnDisk(files.noteFile(noteId));
    }

    /** A number that changes whenever the note's file is replaced or rewritten (see {@link Workspace#noteFileStampKey}). */
    long stampKey(String noteId) {
        if (!Ids.isValid(noteId)) {
            return 0L;
        }
        FileStamp s = files.stamp(files.noteFileOfValidId(noteId));
        return s == null ? 0L : s.key();
    }
}
