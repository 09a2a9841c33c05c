package org.prepdesk.search;

import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Verifies an index that is in use: every file against its checksums (at once for a small index, later in
 * the background for a large one), the full fingerprint comparison a few seconds after an open (which
 * trusted the notes' keys), and the rebuild when either finds damage. A search that fails asks for the same check.
 *
 * <p>Thread-safe: the checks run on the "prepdesk-index" thread (or the opening thread); the scheduled ones
 * are volatile so that {@link #runScheduledNow} may be called from any thread.
 */
final class IndexChecks {
    private static final long VERIFY_DELAY_SECONDS = 30;
    /** Seconds after an open (which compared keys only) before every note's fingerprint is compared too. */
    private static final long VERIFY_CURRENT_DELAY_SECONDS = 5;

    private final IndexState state;
    private final IndexBuilder builder;
    /** The checks scheduled after opening: the full fingerprint comparison, and the checksums. */
    private volatile ScheduledFuture<?> currentCheck;
    private volatile ScheduledFuture<?> integrityCheck;

    IndexChecks(IndexState state, IndexBuilder builder) {
        this.state = state;
        this.builder = builder;
    }

    /** Reads every file of the index against its checksums now; throws on damage. */
    void checkIntegrity() throws IOException {
        IndexSearcher s = state.searchers.acquire();
        try {
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                ctx.reader().checkIntegrity();
            }
        } finally {
            state.release(s);
        }
    }

    /** The full fingerprint comparison, off the opening path. */
    void verifyCurrentLater() {
        currentCheck = state.worker.schedule(this::verifyCurrent, VERIFY_CURRENT_DELAY_SECONDS, TimeUnit.SECONDS);
    }

    /** Reading a large index through takes seconds of disk and CPU: not while the window starts. */
    void verifyIntegrityLater() {
        integrityCheck = state.worker.schedule(this::verifyIntegrity, VERIFY_DELAY_SECONDS, TimeUnit.SECONDS);
    }

    /** The delayed checks after opening run now rather than in the middle of what is being measured. */
    void runScheduledNow() {
        runNow(currentCheck, this::verifyCurrent);
        runNow(integrityCheck, this::verifyIntegrity);
    }

    private void runNow(ScheduledFuture<?> scheduled, Runnable check) {
        if (scheduled != null && scheduled.cancel(false) && !state.closed) {
            state.execute(check);
        }
    }

    /** Reads every byte of the index against its checksums, off the caller's thread; rebuilds if it is damaged. */
    void verifyIntegrity() {
        IndexSearcher s = null;
        try {
            s = state.searchers.acquire();
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                ctx.reader().checkIntegrity();
            }
        } catch (IOException | RuntimeException e) {
            if (!state.closed) {
                IndexState.LOG.log(System.Logger.Level.WARNING, "search index damaged, rebuilding: " + e);
                recover();
            }
        } finally {
            state.release(s);
        }
    }

    /**
     * The catch-up by every note's text, a few seconds after an open: the keys a quick open trusts hold each
     * note file's stamp, and this is the check for a file rewritten without its stamp moving.
     */
    private void verifyCurrent() {
        if (state.closed || builder.fullyCompared()) {
            return;
        }
        try {
            builder.catchUpByContent(state.backgroundProgress);
        } catch (IOException | RuntimeException e) {
            if (!state.closed) {
                IndexState.LOG.log(System.Logger.Level.WARNING, "search index check failed; rebuilding: " + e);
                recover();
            }
        }
    }

    /** Starts again from the notes, reporting to the background progress. */
    void recover() {
        try {
            builder.rebuild(state.backgroundProgress);
        } catch (IOException | RuntimeException e) {
            IndexState.LOG.log(System.Logger.Level.ERROR, "search index rebuild failed: " + e);
        }
    }
}
