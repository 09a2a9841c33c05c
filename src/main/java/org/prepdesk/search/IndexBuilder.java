package org.prepdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.prepdesk.model.Note;

/**
 * Brings a writable index in line with the workspace's notes: the full rebuild (several indexing threads,
 * progress, cancellation) and the catch-up that re-indexes only the notes that differ, by their file's
 * key (quick, on open and after a rescan) or by their text's fingerprint (thorough, in the background).
 *
 * <p>Thread-safe: both run holding {@link IndexState#writeLock}; searches meanwhile see the index as it
 * was until the next refresh.
 */
final class IndexBuilder {
    private final IndexState state;
    private final IndexCommits commits;
    /** Set once a rebuild or catch-up has compared every note's text: the check after an open is then moot. */
    private volatile boolean fullyCompared;

    IndexBuilder(IndexState state, IndexCommits commits) {
        this.state = state;
        this.commits = commits;
    }

    boolean fullyCompared() {
        return fullyCompared;
    }

    /** Rebuilds the whole index from the workspace's notes, reporting progress; searches meanwhile see the old index. */
    void rebuild(IndexProgress progress) throws IOException {
        IndexWriter writer = state.writer;
        if (writer == null) {
            throw new IOException("this index is a read-only snapshot");
        }
        IndexProgress p = progress == null ? IndexProgress.NONE : progress;
        synchronized (state.writeLock) {
            List<Note> notes = state.ws.notes();
            Map<String, String> paths = Fingerprints.sectionPaths(state.ws);
            long total = notes.size();
            p.progress(0, total, "Indexing notes");
            commits.invalidateDigest();
            writer.deleteAll();
            AtomicInteger next = new AtomicInteger();
            AtomicLong done = new AtomicLong();
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            List<Thread> workers = new ArrayList<>();
            Throwable[] failure = new Throwable[1];
            for (int t = 0; t < threads; t++) {
                Thread th = new Thread(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < notes.size(); i = next.getAndIncrement()) {
                            if (failure[0] != null || (i % 256 == 0 && p.cancelled())) {
                                return;
                            }
                            Note n = notes.get(i);
                            writer.addDocument(NoteDocuments.toDocument(state.ws, n, paths));
                            long d = done.incrementAndGet();
                            if (d % 1000 == 0) {
                                p.progress(d, total, "Indexing notes");
                            }
                        }
                    } catch (IOException | RuntimeException | Error e) {
                        synchronized (failure) {
                            failure[0] = e;   // rethrown on the calling thread: never lost on a worker
                        }
                    }
                }, "prepdesk-index-build-" + t);
                th.start();
                workers.add(th);
            }
            for (Thread th : workers) {
                try {
                    th.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while indexing");
                }
            }
            synchronized (failure) {
                if (failure[0] instanceof IOException e) {
                    throw e;
                } else if (failure[0] instanceof RuntimeException e) {
                    throw e;
                } else if (failure[0] instanceof Error e) {
                    throw e;
                }
            }
            boolean complete = done.get() == total;
            if (complete) {
                commits.commitWithDigest();
                fullyCompared = true;
                if (state.mode == NoteIndex.Mode.DISK) {
                    // Searchable now; merged into one segment on Lucene's merge threads meanwhile: each search
                    // looks every word up once per segment, and a rebuild leaves a dozen or more.
                    writer.forceMerge(1, false);
                }
            } else {
                // A cancelled rebuild is committed under a version no program writes, so the next open rebuilds.
                writer.setLiveCommitData(Map.of(NoteField.VERSION_KEY, "incomplete").entrySet());
                writer.commit();
                writer.setLiveCommitData(IndexCommits.versionOnly());
                state.searchers.maybeRefreshBlocking();
            }
            p.progress(done.get(), total, complete ? "Index ready" : "Indexing cancelled");
        }
    }

    /**
     * Re-indexes the notes whose file is not what was indexed (their key differs), adds new ones and drops
     * deleted ones: on open and after a rescan. Reads no note's text to decide.
     */
    void catchUp(IndexProgress progress) throws IOException {
        catchUp(progress, false);
    }

    /** The same, deciding by every note's text fingerprint: the thorough check, run in the background. */
    void catchUpByContent(IndexProgress progress) throws IOException {
        catchUp(progress, true);
    }

    private void catchUp(IndexProgress progress, boolean byContent) throws IOException {
        IndexProgress p = progress == null ? IndexProgress.NONE : progress;
        IndexWriter writer = state.writer;
        synchronized (state.writeLock) {
            Fingerprints.Stale stale;
            try (DirectoryReader r = DirectoryReader.open(writer)) {
                // 100,000 entries each: the map is let go before re-indexing
                stale = byContent ? Fingerprints.staleNotes(state.ws, Fingerprints.indexedStamps(r))
                        : Fingerprints.staleKeys(state.ws, Fingerprints.indexedKeys(r));
            }
            if (byContent) {
                fullyCompared = true;
            }
            if (stale.isEmpty()) {
                if (!commits.digestCommitted()) {
                    // Current, yet the last commit's digest did not say so (none, or an older one):
                    // record it, so that the next open is quick.
                    commits.commitWithDigest();
                }
                return;
            }
            long total = stale.changed().size() + stale.removed().size();
            p.progress(0, total, "Updating the index");
            commits.invalidateDigest();
            Map<String, String> paths = Fingerprints.sectionPaths(state.ws);
            long done = 0;
            for (Note n : stale.changed()) {
                writer.updateDocument(NoteDocuments.idTerm(n.id()), NoteDocuments.toDocument(state.ws, n, paths));
                if (++done % 1000 == 0) {
                    p.progress(done, total, "Updating the index");
                }
            }
            for (String id : stale.removed()) {
                writer.deleteDocuments(NoteDocuments.idTerm(id));
                done++;
            }
            commits.commitWithDigest();
            p.progress(total, total, "Index ready");
        }
    }
}
