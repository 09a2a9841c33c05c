package org.prepdesk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.prepdesk.model.Note;

/**
 * Decides when the note cache ({@link NoteCache}) is worth writing again and gathers what goes in it:
 * counts the notes read from their files rather than the cache at the last load, plus those written
 * since, and writes the cache once more than a small share of the workspace missed it.
 *
 * <p>Not thread-safe: the {@link Workspace} that owns it calls it with its own monitor held, except
 * {@link #refresh}, which takes that monitor itself and writes the file outside it.
 */
final class NoteCacheUpkeep {
    /** The note cache is written again once more than this many notes, or 1/{@code CACHE_STALE_SHARE} of them, missed it. */
    private static final int CACHE_STALE_MIN = 64;
    private static final int CACHE_STALE_SHARE = 50;

    private final WorkspaceFiles files;
    private final WorkspaceTree tree;
    private int notesNotInCache;

    NoteCacheUpkeep(WorkspaceFiles files, WorkspaceTree tree) {
        this.files = files;
        this.tree = tree;
    }

    /** One more note whose file the cache does not hold as it is now. */
    void missed() {
        notesNotInCache++;
    }

    int notesNotInCache() {
        return notesNotInCache;
    }

    void reset() {
        notesNotInCache = 0;
    }

    /** Counts again notes taken out by a reset whose cache was not written after all. */
    void addBack(int stale) {
        notesNotInCache += stale;
    }

    boolean due() {
        return notesNotInCache > Math.max(CACHE_STALE_MIN, tree.noteCount() / CACHE_STALE_SHARE);
    }

    /** Each note held here with the stamp of the file it was read from or written to, unless that file keeps unknown keys. */
    List<NoteCache.Entry> notesWithStamps() {
        List<NoteCache.Entry> entries = new ArrayList<>(tree.noteCount());
        for (Note n : tree.notes()) {
            Path f = files.noteFile(n.id());
            FileStamp s = files.stamp(f);
            if (s != null && !files.hasExtras(f)) {
                entries.add(new NoteCache.Entry(f.getFileName().toString(), s, n));
            }
        }
        return entries;
    }

    /**
     * Writes the cache when it is {@link #due} and {@code allowed} (a writer, still open), taking the
     * workspace's monitor only to gather the notes: the file is written outside it. Never throws: the
     * cache only makes the next open faster.
     */
    boolean refresh(Object workspaceMonitor, BooleanSupplier allowed) {
        List<NoteCache.Entry> entries;
        int stale;
        synchronized (workspaceMonitor) {
            stale = notesNotInCache;
            if (!allowed.getAsBoolean() || !due()) {
                return false;
            }
            entries = notesWithStamps();
            notesNotInCache = 0;
        }
        if (write(files.root(), entries)) {
            return true;
        }
        synchronized (workspaceMonitor) {
            notesNotInCache += stale; // try again next time
        }
        return false;
    }

    private static boolean write(Path root, List<NoteCache.Entry> entries) {
        try {
            Instant now = Instant.now();
            NoteCache.write(root.resolve(WorkspaceLayout.NOTE_CACHE), entries,
                    now.getEpochSecond() * 1_000_000_000L + now.getNano());
            return true;
        } catch (IOException | RuntimeException e) {
            // only the next open is slower; not worth a message on every command of a full disk
            System.getLogger(Workspace.class.getName()).log(System.Logger.Level.DEBUG,
                    "note cache not written: " + StoreErrors.describe(e));
            return false;
        }
    }
}
