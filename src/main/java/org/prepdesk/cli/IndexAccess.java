package org.prepdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.prepdesk.search.IndexProgress;
import org.prepdesk.search.NoteIndex;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;

/**
 * How a command that only reads gets an index (docs/search.md): when nobody holds the workspace it takes
 * the lock and opens the on-disk index for writing, so the index catches up (or is rebuilt) once for the
 * next search too; when a window holds it, or the folder cannot be written, it reads without any lock:
 * the on-disk index if current, else an index built in memory. It never fails because the index is busy.
 */
final class IndexAccess implements AutoCloseable {
    final Workspace workspace;
    final NoteIndex index;

    private IndexAccess(Workspace workspace, NoteIndex index) {
        this.workspace = workspace;
        this.index = index;
    }

    static IndexAccess open(Path dir, IndexProgress progress) {
        Workspace ws;
        try {
            ws = Workspace.open(dir, Workspace.Access.WRITE);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_A_WORKSPACE) {
                throw e;
            }
            ws = Workspace.open(dir, Workspace.Access.READ);   // held by a window, or not writable here
        }
        try {
            return new IndexAccess(ws, openIndex(ws, progress));
        } catch (IOException | RuntimeException e) {
            ws.close();
            throw new StoreException(StoreException.Reason.WRITE_FAILED,
                    "cannot read the search index: " + Workspace.describe(e), e);
        }
    }

    /** The writable index when this process holds the workspace, else a read-only one. */
    static NoteIndex openIndex(Workspace ws, IndexProgress progress) throws IOException {
        if (ws.isReadOnly()) {
            return NoteIndex.openReadOnly(ws, progress);
        }
        try {
            return NoteIndex.open(ws, progress);
        } catch (IOException e) {
            return NoteIndex.openReadOnly(ws, progress);   // e.g. the index folder is not writable
        }
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            workspace.close();
        }
    }
}
