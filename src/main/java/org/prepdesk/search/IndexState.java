package org.prepdesk.search;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;
import org.prepdesk.store.Workspace;

/**
 * What every part of one {@link NoteIndex} shares: the workspace, the Lucene directory, writer and
 * searchers, the "prepdesk-index" thread, the locks and the closed flag. The parts behind the facade
 * (building, commits, checks, following, searching) each hold this and nothing of one another's state.
 *
 * <p>Thread-safe: the Lucene objects are; {@link #writeLock} serialises rebuild, catch-up and batches of
 * changes; {@link #pendingLock} guards the queue of heard changes and the moment of closing.
 */
final class IndexState {
    static final System.Logger LOG = System.getLogger(NoteIndex.class.getName());

    final Workspace ws;
    final NoteIndex.Mode mode;
    final Directory directory;
    final IndexWriter writer;                         // null in SNAPSHOT and OVERLAY mode
    final ReferenceManager<IndexSearcher> searchers;
    final ScheduledExecutorService worker;            // null in SNAPSHOT and OVERLAY mode
    final Object writeLock = new Object();
    final Object pendingLock = new Object();
    volatile boolean closed;
    /** Where background rebuilds (after damage is found) report progress. */
    volatile IndexProgress backgroundProgress = IndexProgress.NONE;

    IndexState(Workspace ws, NoteIndex.Mode mode, Directory directory, IndexWriter writer,
               ReferenceManager<IndexSearcher> searchers) {
        this.ws = ws;
        this.mode = mode;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.worker = writer == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "prepdesk-index");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} on the index thread unless the index is closing (then it is simply dropped). */
    void execute(Runnable task) {
        if (worker == null) {
            return;
        }
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            // closing: the close applies and commits whatever is left
        }
    }

    void release(IndexSearcher s) {
        if (s == null) {
            return;
        }
        try {
            searchers.release(s);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "releasing a searcher: " + e);
        }
    }

    static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "closing: " + e);
        }
    }
}
