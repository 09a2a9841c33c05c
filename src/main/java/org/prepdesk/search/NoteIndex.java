package org.prepdesk.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.prepdesk.store.Workspace;

/**
 * The Lucene index of a workspace's notes (DESIGN §4): one long-lived {@link IndexWriter} and a
 * near-real-time {@link SearcherManager}, fed by the workspace's change events. The one way in; the work
 * is done by package-private parts: {@link IndexOpening} and {@link IndexVerdict} (opening, and whether to
 * rebuild), {@link ReadOnlyOpening} (snapshot, overlay, memory), {@link IndexBuilder} (rebuild and
 * catch-up), {@link IndexCommits} (commits and their digest), {@link IndexChecks} (checksums, the delayed
 * fingerprint check, recovery), {@link ChangeFollower} (events) and {@link NoteSearcher} (queries, hits,
 * snippets), all sharing one {@link IndexState}.
 *
 * <p>Four ways to hold an index, chosen on open:
 * <ul>
 *   <li><b>disk</b> ({@link #open}, writable workspace): {@code .prepdesk/index} is opened for writing,
 *       rebuilt when missing, corrupt or of another {@link NoteField#INDEX_VERSION}, and brought up to
 *       date with the JSON files (a key per note holding its file's stamp; each note's text fingerprint is
 *       compared a few seconds later); then kept current from change events;</li>
 *   <li><b>snapshot</b> ({@link #openReadOnly}): the on-disk index read without any lock, used when it
 *       matches the workspace exactly (another process, a window, may be writing it);</li>
 *   <li><b>overlay</b>: the same, when a few notes changed since its last commit: those are hidden in it
 *       and indexed again in memory;</li>
 *   <li><b>memory</b>: otherwise, an index built in memory from the JSON files; nothing on disk changes.</li>
 * </ul>
 *
 * <p>Thread-safe. {@link #search} runs on any thread and never waits for indexing. Index changes run
 * on one daemon thread, "prepdesk-index": events only queue the changed notes, so the thread that
 * saved (the EDT, say) never waits for Lucene; queued changes are applied in one batch, made
 * searchable with one refresh, and committed after a quiet second.
 */
public final class NoteIndex implements AutoCloseable {
    enum Mode { DISK, SNAPSHOT, OVERLAY, MEMORY }

    private final IndexState state;
    private final IndexCommits commits;
    private final IndexBuilder builder;
    private final IndexChecks checks;
    private final ChangeFollower follower;
    private final NoteSearcher searcher;

    NoteIndex(Workspace ws, Mode mode, Directory directory, IndexWriter writer, ReferenceManager<IndexSearcher> searchers) {
        this.state = new IndexState(ws, mode, directory, writer, searchers);
        this.commits = new IndexCommits(state);
        this.builder = new IndexBuilder(state, commits);
        this.checks = new IndexChecks(state, builder);
        this.follower = new ChangeFollower(state, builder, commits, checks);
        this.searcher = new NoteSearcher(state, checks);
        if (writer != null && writer.getConfig().getMergeScheduler() instanceof MergeWatcher m) {
            m.onMerged(follower::merged);
        }
    }

    // ------------------------------------------------------------------ opening

    /**
     * Reads an existing index once without keeping or locking anything, so that Lucene's classes,
     * codecs and the index files are loaded while the caller does other work (the window reads the
     * workspace meanwhile). Never throws: a missing or damaged index is simply not warmed.
     */
    public static void warmUp(Path workspaceRoot) {
        IndexOpening.warmUp(workspaceRoot);
    }

    /**
     * Opens (or creates) the index in {@code <workspace>/.prepdesk/index}, rebuilds it when missing,
     * corrupt or of an old version, catches up with files changed while it was closed, and follows the
     * workspace's changes from then on. A read-only workspace gets {@link #openReadOnly}.
     *
     * @throws LockObtainFailedException when another process writes this index (open it read-only)
     */
    public static NoteIndex open(Workspace ws, IndexProgress progress) throws IOException {
        return IndexOpening.open(ws, progress);
    }

    /**
     * Opens the index without writing anything on disk and without any lock, for a command that reads a
     * workspace another process (a window) may be writing: the on-disk index if it is of this version
     * and matches every note, else an index built in memory from the notes.
     */
    public static NoteIndex openReadOnly(Workspace ws, IndexProgress progress) throws IOException {
        return ReadOnlyOpening.open(ws, progress);
    }

    /** Which of the four kinds of index this is (for tests and the status line). */
    Mode mode() {
        return state.mode;
    }

    /** True when this index lives only in memory (the on-disk one was busy or stale). */
    public boolean isInMemory() {
        return state.mode == Mode.MEMORY;
    }

    // ------------------------------------------------------------------ for the openers

    void checkIntegrity() throws IOException {
        checks.checkIntegrity();
    }

    void startFollowing() {
        follower.start();
    }

    /** The open found the committed digest current: the last commit already says what the index holds. */
    void trustDigest() {
        commits.digestFoundCurrent();
    }

    /** Every note's text fingerprint is compared a few seconds from now, on the index thread. */
    void verifyFingerprintsLater() {
        checks.verifyCurrentLater();
    }

    void verifyIntegrityLater() {
        checks.verifyIntegrityLater();
    }

    // ------------------------------------------------------------------ building

    /** Rebuilds the whole index from the workspace's notes, reporting progress; searches meanwhile see the old index. */
    public void rebuild(IndexProgress progress) throws IOException {
        builder.rebuild(progress);
    }

    /** Re-indexes the notes whose file is not what was indexed, adds new ones and drops deleted ones. */
    void catchUp(IndexProgress progress) throws IOException {
        builder.catchUp(progress);
    }

    /** Where background rebuilds (after damage is found) report progress; a window passes its status line. */
    public void setBackgroundProgress(IndexProgress progress) {
        state.backgroundProgress = progress == null ? IndexProgress.NONE : progress;
    }

    /**
     * Waits until the index is quiet: background merges done and searchable, the checks that follow an
     * open run now instead of later, and every change heard so far applied. For benchmarks and tests,
     * which measure searching rather than housekeeping.
     */
    public void settle() {
        if (state.writer != null && state.writer.getConfig().getMergeScheduler() instanceof MergeWatcher m) {
            m.sync();
        }
        checks.runScheduledNow();
        awaitPending();
    }

    /** Waits until every change heard so far (and any background check) is searchable. For tests and tools. */
    public void awaitPending() {
        follower.awaitPending();
    }

    // ------------------------------------------------------------------ searching

    /** Searches with the query language of DESIGN §4; never throws, whatever the text. */
    public SearchResult search(String query, int limit) {
        return searcher.search(query, limit);
    }

    /** How many notes the index holds (for status lines and tests). */
    public int size() {
        return searcher.size();
    }

    // ------------------------------------------------------------------ closing

    /** Drops a half-opened index without committing anything. */
    void abandon() {
        state.closed = true;
        follower.stop();
        if (state.worker != null) {
            state.worker.shutdownNow();
        }
        IndexState.closeQuietly(state.searchers);
        if (state.writer != null) {
            IndexState.closeQuietly(state.writer::rollback);
        }
        IndexState.closeQuietly(state.directory);
    }

    /** Stops following the workspace, applies and commits what is queued, and releases the index. */
    @Override
    public void close() {
        synchronized (state.pendingLock) {
            if (state.closed) {
                return;
            }
        }
        follower.stop();
        if (state.worker != null) {
            awaitPending();
            synchronized (state.pendingLock) {
                state.closed = true;
            }
            state.worker.shutdownNow();
            try {
                state.worker.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        state.closed = true;
        if (state.writer != null) {
            synchronized (state.writeLock) {
                try {
                    if (state.writer.hasUncommittedChanges()) {
                        commits.commitWithDigest();
                    }
                    // The readers go before the writer's last commit, so that it deletes the files of segments
                    // merged away instead of leaving them for the next open to delete.
                    IndexState.closeQuietly(state.searchers);
                    state.writer.close();
                } catch (IOException | RuntimeException e) {
                    IndexState.LOG.log(System.Logger.Level.WARNING, "closing the search index: " + e);
                    try {
                        state.writer.rollback();
                    } catch (IOException | RuntimeException ignored) {
                        // the index is derived: the next open catches up or rebuilds
                    }
                }
            }
        }
        IndexState.closeQuietly(state.searchers);   // (again, when there is no writer: closing twice does nothing)
        IndexState.closeQuietly(state.directory);
    }
}
