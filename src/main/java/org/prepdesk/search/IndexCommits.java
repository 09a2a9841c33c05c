package org.prepdesk.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.IndexSearcher;

/**
 * Commits of a writable index and the notes digest they carry (DESIGN §4, {@link Fingerprints}): a commit
 * made when the documents are known to be exactly what the refreshed reader holds carries the digest; any
 * document change clears it from the pending commit data first, so that a commit not known to match carries
 * the index version alone and the next open catches up. Also the commit a quiet second after the last change.
 *
 * <p>Thread-safe: {@link #commitWithDigest} and {@link #invalidateDigest} are called holding
 * {@link IndexState#writeLock}; the scheduled commit is guarded by {@link IndexState#pendingLock}.
 */
final class IndexCommits {
    private static final long COMMIT_DELAY_MS = 1000;

    private final IndexState state;
    /** The last commit carries the digest of what the index holds now (until documents change). */
    private volatile boolean digestCommitted;
    private ScheduledFuture<?> commitScheduled;   // guarded by state.pendingLock

    IndexCommits(IndexState state) {
        this.state = state;
    }

    boolean digestCommitted() {
        return digestCommitted;
    }

    /** An open found the committed digest equal to the workspace's: the last commit already says so. */
    void digestFoundCurrent() {
        digestCommitted = true;
    }

    static Iterable<Map.Entry<String, String>> versionOnly() {
        return Map.of(NoteField.VERSION_KEY, String.valueOf(NoteField.INDEX_VERSION)).entrySet();
    }

    /**
     * Makes every change searchable and commits it with the digest of exactly what is committed (read
     * from the refreshed reader, which holds the same documents: the caller holds {@code writeLock}).
     * A commit after documents changed without a new digest carries the version alone, so the next open
     * catches up in full.
     */
    void commitWithDigest() throws IOException {
        state.searchers.maybeRefreshBlocking();
        String digest;
        IndexSearcher s = state.searchers.acquire();
        try {
            digest = Fingerprints.indexedDigest(s.getIndexReader());
        } finally {
            state.release(s);
        }
        state.writer.setLiveCommitData(Map.of(NoteField.VERSION_KEY, String.valueOf(NoteField.INDEX_VERSION),
                NoteField.DIGEST_KEY, digest).entrySet());
        state.writer.commit();
        digestCommitted = true;
    }

    /**
     * Called (holding {@code writeLock}) before any document changes: from here on a commit carries the
     * version alone until {@link #commitWithDigest} computes a new digest. Commits that change no
     * document (merges on close) keep the digest, which still holds.
     */
    void invalidateDigest() {
        digestCommitted = false;
        state.writer.setLiveCommitData(versionOnly(), false);
    }

    /** Commits after a quiet second, unless a commit is already waiting. */
    void scheduleCommit() {
        synchronized (state.pendingLock) {
            if (state.closed || commitScheduled != null && !commitScheduled.isDone()) {
                return;
            }
            commitScheduled = state.worker.schedule(this::commitQuietly, COMMIT_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void commitQuietly() {
        try {
            synchronized (state.writeLock) {
                if (!state.closed && state.writer.hasUncommittedChanges()) {
                    commitWithDigest();
                }
            }
        } catch (IOException | RuntimeException e) {
            IndexState.LOG.log(System.Logger.Level.WARNING, "search index commit failed: " + e);
        }
    }
}
