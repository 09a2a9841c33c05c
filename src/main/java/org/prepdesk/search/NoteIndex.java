package org.prepdesk.search;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceEvent;
import org.prepdesk.store.WorkspaceLayout;
import org.prepdesk.store.WorkspaceListener;

/**
 * The Lucene index of a workspace's notes (DESIGN §4): one long-lived {@link IndexWriter} and a
 * near-real-time {@link SearcherManager}, fed by the workspace's change events.
 *
 * <p>Three ways to hold an index, chosen on open:
 * <ul>
 *   <li><b>disk</b> ({@link #open}, writable workspace): {@code .prepdesk/index} is opened for writing,
 *       rebuilt when missing, corrupt or of another {@link NoteField#INDEX_VERSION}, and brought up to
 *       date with the JSON files (a fingerprint per note); then kept current from change events;</li>
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
    private static final System.Logger LOG = System.getLogger(NoteIndex.class.getName());
    private static final long COMMIT_DELAY_MS = 1000;
    private static final int MAX_LIMIT = 1000;

    enum Mode { DISK, SNAPSHOT, OVERLAY, MEMORY }

    private final Workspace ws;
    private final Mode mode;
    private final Directory directory;
    private final IndexWriter writer;                 // null in SNAPSHOT mode
    private final ReferenceManager<IndexSearcher> searchers;
    private final QueryTranslator translator = new QueryTranslator();
    private final TypoCorrector corrector = new TypoCorrector(translator);
    private final ScheduledExecutorService worker;    // null in SNAPSHOT mode
    private final WorkspaceListener listener = this::heard;
    private final Object writeLock = new Object();    // serialises rebuild, catch-up and batches

    private final Object pendingLock = new Object();
    private final Map<String, Optional<Note>> pendingNotes = new LinkedHashMap<>(); // guarded by pendingLock
    private final Set<String> pendingSections = new HashSet<>();                     // guarded by pendingLock
    private boolean pendingReload;                                                   // guarded by pendingLock
    private boolean drainScheduled;                                                  // guarded by pendingLock
    private ScheduledFuture<?> commitScheduled;                                      // guarded by pendingLock
    private volatile boolean closed;
    /** Set once a rebuild or catch-up has compared every note: the check after a trusted digest is then moot. */
    private volatile boolean fullyCompared;
    /** The last commit carries the digest of what the index holds now (until documents change). */
    private volatile boolean digestCommitted;
    private volatile IndexProgress backgroundProgress = IndexProgress.NONE;
    /** The checks scheduled after opening: the full fingerprint comparison, and the checksums. */
    private volatile ScheduledFuture<?> currentCheck;
    private volatile ScheduledFuture<?> integrityCheck;

    private NoteIndex(Workspace ws, Mode mode, Directory directory, IndexWriter writer, ReferenceManager<IndexSearcher> searchers) {
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
        if (writer != null && writer.getConfig().getMergeScheduler() instanceof MergeWatcher m) {
            m.onMerged(this::merged);
        }
    }

    // ------------------------------------------------------------------ opening

    /**
     * Reads an existing index once without keeping or locking anything, so that Lucene's classes,
     * codecs and the index files are loaded while the caller does other work (the window reads the
     * workspace meanwhile). Never throws: a missing or damaged index is simply not warmed.
     */
    public static void warmUp(Path workspaceRoot) {
        Path path = workspaceRoot.resolve(WorkspaceLayout.INDEX);
        if (!Files.isDirectory(path)) {
            return;
        }
        try (FSDirectory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                return;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.search(new QueryTranslator().translate("warm up").query(), 1);
            }
        } catch (IOException | RuntimeException e) {
            // nothing to warm: the real open will find and report whatever is wrong
        }
    }

    /**
     * Opens (or creates) the index in {@code <workspace>/.prepdesk/index}, rebuilds it when missing,
     * corrupt or of an old version, catches up with files changed while it was closed, and follows the
     * workspace's changes from then on. A read-only workspace gets {@link #openReadOnly}.
     *
     * @throws LockObtainFailedException when another process writes this index (open it read-only)
     */
    public static NoteIndex open(Workspace ws, IndexProgress progress) throws IOException {
        if (ws.isReadOnly()) {
            return openReadOnly(ws, progress);
        }
        Path path = ws.root().resolve(WorkspaceLayout.INDEX);
        Files.createDirectories(path);
        try {
            return openDisk(ws, path, progress, false);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException | AssertionError e) {
            // Damage found while catching up (a checksum, a torn segment): start again from the files.
            LOG.log(System.Logger.Level.WARNING, "search index damaged, rebuilding: " + e);
            return openDisk(ws, path, progress, true);
        }
    }

    private static NoteIndex openDisk(Workspace ws, Path path, IndexProgress progress, boolean fresh) throws IOException {
        FSDirectory dir = FSDirectory.open(path);
        IndexWriter w;
        boolean rebuild;
        String digest = null;
        try {
            if (fresh) {
                wipe(path);
            }
            Map<String, String> commitData = commitData(dir);
            rebuild = !String.valueOf(NoteField.INDEX_VERSION).equals(commitData.get(NoteField.VERSION_KEY));
            digest = commitData.get(NoteField.DIGEST_KEY);
            w = newWriter(dir, rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "search index unreadable, rebuilding: " + e);
            try {
                wipe(path);
                w = newWriter(dir, IndexWriterConfig.OpenMode.CREATE);
            } catch (IOException | RuntimeException again) {
                dir.close();
                throw again;
            }
            rebuild = true;
        }
        NoteIndex idx = null;
        try {
            idx = new NoteIndex(ws, Mode.DISK, dir, w, new SearcherManager(w, null));
            if (!rebuild && indexBytes(path) <= VERIFY_ON_OPEN_BYTES) {
                idx.checkIntegrity();   // small: verify every checksum now; a large index is checked in the background
            }
            boolean unchanged = false;
            if (rebuild) {
                idx.rebuild(progress);
            } else if (digest != null && digest.equals(Fingerprints.workspaceDigest(ws))) {
                unchanged = true;   // every note's id, timestamp and lengths as committed: answer queries now
            } else {
                idx.catchUp(progress);
            }
            idx.start();
            if (unchanged) {
                idx.digestCommitted = true;
                // The full fingerprint comparison (hashing every note's text) still runs, off the opening path.
                idx.currentCheck = idx.worker.schedule(idx::verifyCurrent, VERIFY_CURRENT_DELAY_SECONDS, TimeUnit.SECONDS);
            }
            if (indexBytes(path) > VERIFY_ON_OPEN_BYTES) {
                // Reading a large index through takes seconds of disk and CPU: not while the window starts.
                idx.integrityCheck = idx.worker.schedule(idx::verifyIntegrity, VERIFY_DELAY_SECONDS, TimeUnit.SECONDS);
            }
            return idx;
        } catch (IOException | RuntimeException e) {
            if (idx != null) {
                idx.abandon();
            } else {
                closeQuietly(w::rollback);
                closeQuietly(dir);
            }
            throw e;
        }
    }

    /**
     * Opens the index without writing anything on disk and without any lock, for a command that reads a
     * workspace another process (a window) may be writing: the on-disk index if it is of this version
     * and matches every note, else an index built in memory from the notes.
     */
    public static NoteIndex openReadOnly(Workspace ws, IndexProgress progress) throws IOException {
        Path path = ws.root().resolve(WorkspaceLayout.INDEX);
        if (Files.isDirectory(path)) {
            FSDirectory dir = null;
            DirectoryReader reader = null;
            try {
                dir = FSDirectory.open(path);
                if (DirectoryReader.indexExists(dir)) {
                    reader = DirectoryReader.open(dir);
                    Map<String, String> data = reader.getIndexCommit().getUserData();
                    String version = data.get(NoteField.VERSION_KEY);
                    String digest = data.get(NoteField.DIGEST_KEY);
                    if (String.valueOf(NoteField.INDEX_VERSION).equals(version) && digest != null
                            && digest.equals(Fingerprints.workspaceDigest(ws))) {
                        // ids, timestamps and lengths all as committed: no need to fingerprint every note
                        return new NoteIndex(ws, Mode.SNAPSHOT, dir, null, new SearcherManager(reader, null));
                    }
                    if (String.valueOf(NoteField.INDEX_VERSION).equals(version)) {
                        Fingerprints.Stale stale = Fingerprints.staleNotes(ws, Fingerprints.indexedStamps(reader));
                        if (stale.isEmpty()) {
                            return new NoteIndex(ws, Mode.SNAPSHOT, dir, null, new SearcherManager(reader, null));
                        }
                        if (stale.size() <= Math.max(MAX_OVERLAY, ws.noteCount() / 20)) {
                            NoteIndex idx = overlay(ws, dir, reader, stale);
                            reader = null;   // the overlay owns it now
                            return idx;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.INFO, "on-disk index not usable read-only, indexing in memory: " + e);
            }
            closeQuietly(reader);
            closeQuietly(dir);
        }
        ByteBuffersDirectory mem = new ByteBuffersDirectory();
        IndexWriter w = newWriter(mem, IndexWriterConfig.OpenMode.CREATE);
        NoteIndex idx = new NoteIndex(ws, Mode.MEMORY, mem, w, new SearcherManager(w, null));
        try {
            idx.rebuild(progress);
            idx.start();
            return idx;
        } catch (IOException | RuntimeException e) {
            idx.close();
            throw e;
        }
    }

    /** The most changed notes an overlay indexes in memory before a full in-memory index is built instead. */
    private static final int MAX_OVERLAY = 2000;

    /** The committed index minus the notes changed since, plus their current versions indexed in memory. */
    private static NoteIndex overlay(Workspace ws, FSDirectory dir, DirectoryReader disk, Fingerprints.Stale stale) throws IOException {
        ByteBuffersDirectory mem = new ByteBuffersDirectory();
        try (IndexWriter w = newWriter(mem, IndexWriterConfig.OpenMode.CREATE)) {
            Map<String, String> paths = Fingerprints.sectionPaths(ws);
            for (Note n : stale.changed()) {
                w.addDocument(NoteDocuments.toDocument(n, paths.getOrDefault(n.sectionId(), "")));
            }
        }
        Set<String> hidden = new HashSet<>(stale.removed());
        stale.changed().forEach(n -> hidden.add(n.id()));
        org.apache.lucene.index.IndexReader view = OverlayReader.of(disk, hidden, DirectoryReader.open(mem));
        return new NoteIndex(ws, Mode.OVERLAY, new OverlayDirectories(dir, mem), null, new OverlayReader.Fixed(view));
    }

    /** Closes both directories of an overlay as one. */
    private static final class OverlayDirectories extends org.apache.lucene.store.FilterDirectory {
        private final Directory second;

        OverlayDirectories(Directory first, Directory second) {
            super(first);
            this.second = second;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                second.close();
            }
        }
    }

    /** The user data of the latest commit (index version, notes digest); empty when there is no index. */
    private static Map<String, String> commitData(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return Map.of();
        }
        return SegmentInfos.readLatestCommit(dir).getUserData();
    }

    private static IndexWriter newWriter(Directory dir, IndexWriterConfig.OpenMode openMode) throws IOException {
        IndexWriterConfig c = new IndexWriterConfig(NoteAnalyzer.forIndex());
        c.setOpenMode(openMode);
        c.setRAMBufferSizeMB(64);
        c.setCommitOnClose(true);
        c.setUseCompoundFile(false);   // a flushed segment is not copied into one file again: less to write in a rebuild
        c.setMergeScheduler(new MergeWatcher());
        IndexWriter w = new IndexWriter(dir, c);
        w.setLiveCommitData(Map.of(NoteField.VERSION_KEY, String.valueOf(NoteField.INDEX_VERSION)).entrySet());
        return w;
    }

    /** Removes every file of a broken index; the index is derived, the JSON files are the truth. */
    private static void wipe(Path path) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private void start() {
        ws.addListener(listener);
    }

    /** Which of the three kinds of index this is (for tests and the status line). */
    Mode mode() {
        return mode;
    }

    /** True when this index lives only in memory (the on-disk one was busy or stale). */
    public boolean isInMemory() {
        return mode == Mode.MEMORY;
    }

    // ------------------------------------------------------------------ building

    /** Rebuilds the whole index from the workspace's notes, reporting progress; searches meanwhile see the old index. */
    public void rebuild(IndexProgress progress) throws IOException {
        if (writer == null) {
            throw new IOException("this index is a read-only snapshot");
        }
        IndexProgress p = progress == null ? IndexProgress.NONE : progress;
        synchronized (writeLock) {
            List<Note> notes = ws.notes();
            Map<String, String> paths = sectionPaths();
            long total = notes.size();
            p.progress(0, total, "Indexing notes");
            invalidateDigest();
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
                            writer.addDocument(NoteDocuments.toDocument(n, paths.getOrDefault(n.sectionId(), "")));
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
                commitWithDigest();
                fullyCompared = true;
                if (mode == Mode.DISK) {
                    // Searchable now; merged into one segment on Lucene's merge threads meanwhile: each search
                    // looks every word up once per segment, and a rebuild leaves a dozen or more.
                    writer.forceMerge(1, false);
                }
            } else {
                // A cancelled rebuild is committed under a version no program writes, so the next open rebuilds.
                writer.setLiveCommitData(Map.of(NoteField.VERSION_KEY, "incomplete").entrySet());
                writer.commit();
                writer.setLiveCommitData(versionOnly());
                searchers.maybeRefreshBlocking();
            }
            p.progress(done.get(), total, complete ? "Index ready" : "Indexing cancelled");
        }
    }

    /** Re-indexes the notes whose fingerprint differs from the index, adds new ones and drops deleted ones. */
    void catchUp(IndexProgress progress) throws IOException {
        IndexProgress p = progress == null ? IndexProgress.NONE : progress;
        synchronized (writeLock) {
            Map<String, Long> indexed;
            try (DirectoryReader r = DirectoryReader.open(writer)) {
                indexed = Fingerprints.indexedStamps(r);
            }
            Fingerprints.Stale stale = Fingerprints.staleNotes(ws, indexed);
            indexed = null;   // 100,000 entries: let them go before re-indexing
            fullyCompared = true;
            if (stale.isEmpty()) {
                if (!digestCommitted) {
                    // Current, yet the last commit's digest did not say so (none, or an older one):
                    // record it, so that the next open is quick.
                    commitWithDigest();
                }
                return;
            }
            long total = stale.changed().size() + stale.removed().size();
            p.progress(0, total, "Updating the index");
            invalidateDigest();
            Map<String, String> paths = sectionPaths();
            long done = 0;
            for (Note n : stale.changed()) {
                writer.updateDocument(NoteDocuments.idTerm(n.id()), NoteDocuments.toDocument(n, paths.getOrDefault(n.sectionId(), "")));
                if (++done % 1000 == 0) {
                    p.progress(done, total, "Updating the index");
                }
            }
            for (String id : stale.removed()) {
                writer.deleteDocuments(NoteDocuments.idTerm(id));
                done++;
            }
            commitWithDigest();
            p.progress(total, total, "Index ready");
        }
    }

    private Map<String, String> sectionPaths() {
        return Fingerprints.sectionPaths(ws);
    }

    private static Iterable<Map.Entry<String, String>> versionOnly() {
        return Map.of(NoteField.VERSION_KEY, String.valueOf(NoteField.INDEX_VERSION)).entrySet();
    }

    /**
     * Makes every change searchable and commits it with the digest of exactly what is committed (read
     * from the refreshed reader, which holds the same documents: the caller holds {@code writeLock}).
     * A commit after documents changed without a new digest carries the version alone, so the next open
     * catches up in full.
     */
    private void commitWithDigest() throws IOException {
        searchers.maybeRefreshBlocking();
        String digest;
        IndexSearcher s = searchers.acquire();
        try {
            digest = Fingerprints.indexedDigest(s.getIndexReader());
        } finally {
            release(s);
        }
        writer.setLiveCommitData(Map.of(NoteField.VERSION_KEY, String.valueOf(NoteField.INDEX_VERSION),
                NoteField.DIGEST_KEY, digest).entrySet());
        writer.commit();
        digestCommitted = true;
    }

    /**
     * Called (holding {@code writeLock}) before any document changes: from here on a commit carries the
     * version alone until {@link #commitWithDigest} computes a new digest. Commits that change no
     * document (merges on close) keep the digest, which still holds.
     */
    private void invalidateDigest() {
        digestCommitted = false;
        writer.setLiveCommitData(versionOnly(), false);
    }

    /** Seconds after an open that trusted the digest before every note's fingerprint is compared too. */
    private static final long VERIFY_CURRENT_DELAY_SECONDS = 5;

    /** The full catch-up, after an open that trusted the digest (finds an outside edit that kept every length). */
    private void verifyCurrent() {
        if (closed || fullyCompared) {
            return;
        }
        try {
            catchUp(backgroundProgress);
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.log(System.Logger.Level.WARNING, "search index check failed; rebuilding: " + e);
                recover();
            }
        }
    }

    // ------------------------------------------------------------------ following the workspace

    private void heard(WorkspaceEvent e) {
        synchronized (pendingLock) {
            if (closed) {
                return;
            }
            if (e instanceof WorkspaceEvent.NoteSaved s) {
                pendingNotes.put(s.note().id(), Optional.of(s.note()));
            } else if (e instanceof WorkspaceEvent.NoteRemoved r) {
                pendingNotes.put(r.noteId(), Optional.empty());
            } else if (e instanceof WorkspaceEvent.SectionSaved s) {
                pendingSections.add(s.section().id());   // its notes' section path may have changed
            } else if (e instanceof WorkspaceEvent.Reloaded) {
                pendingReload = true;
            } else {
                return;                                  // a removed section's notes come as NoteRemoved
            }
            if (!drainScheduled && worker != null) {
                drainScheduled = true;
                worker.execute(this::drain);
            }
        }
    }

    /** Applies every queued change in one batch and makes it searchable with one refresh. */
    private void drain() {
        Map<String, Optional<Note>> notes;
        Set<String> sections;
        boolean reload;
        synchronized (pendingLock) {
            notes = new LinkedHashMap<>(pendingNotes);
            sections = new HashSet<>(pendingSections);
            reload = pendingReload;
            pendingNotes.clear();
            pendingSections.clear();
            pendingReload = false;
            drainScheduled = false;
        }
        if (closed) {
            return;
        }
        try {
            synchronized (writeLock) {
                if (reload) {
                    catchUp(backgroundProgress);
                }
                Map<String, String> paths = sectionPaths();
                for (String sectionId : sections) {
                    for (Note n : notesUnder(sectionId)) {
                        notes.putIfAbsent(n.id(), Optional.of(n));
                    }
                }
                if (!notes.isEmpty()) {
                    invalidateDigest();
                }
                for (Map.Entry<String, Optional<Note>> e : notes.entrySet()) {
                    if (e.getValue().isPresent()) {
                        Note n = e.getValue().get();
                        writer.updateDocument(NoteDocuments.idTerm(n.id()),
                                NoteDocuments.toDocument(n, paths.getOrDefault(n.sectionId(), "")));
                    } else {
                        writer.deleteDocuments(NoteDocuments.idTerm(e.getKey()));
                    }
                }
                searchers.maybeRefreshBlocking();
            }
            scheduleCommit();
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.log(System.Logger.Level.WARNING, "search index update failed; rebuilding: " + e);
                recover();
            }
        }
    }

    private List<Note> notesUnder(String sectionId) {
        List<Note> out = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of(sectionId));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String s = todo.remove(todo.size() - 1);
            if (!seen.add(s)) {
                continue;
            }
            out.addAll(ws.notesIn(s));
            ws.children(s).forEach(c -> todo.add(c.id()));
        }
        return out;
    }

    private void scheduleCommit() {
        synchronized (pendingLock) {
            if (closed || commitScheduled != null && !commitScheduled.isDone()) {
                return;
            }
            commitScheduled = worker.schedule(this::commitQuietly, COMMIT_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void commitQuietly() {
        try {
            synchronized (writeLock) {
                if (!closed && writer.hasUncommittedChanges()) {
                    commitWithDigest();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "search index commit failed: " + e);
        }
    }

    /** Indexes up to this size are verified against their checksums before use (about 0.1 s). */
    private static final long VERIFY_ON_OPEN_BYTES = 64L << 20;
    private static final long VERIFY_DELAY_SECONDS = 30;

    private static long indexBytes(Path path) {
        long total = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
            for (Path f : files) {
                total += Files.size(f);
            }
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
        return total;
    }

    private void checkIntegrity() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                ctx.reader().checkIntegrity();
            }
        } finally {
            release(s);
        }
    }

    /** Reads every byte of the index against its checksums, off the caller's thread; rebuilds if it is damaged. */
    private void verifyIntegrity() {
        IndexSearcher s = null;
        try {
            s = searchers.acquire();
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                ctx.reader().checkIntegrity();
            }
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.log(System.Logger.Level.WARNING, "search index damaged, rebuilding: " + e);
                recover();
            }
        } finally {
            release(s);
        }
    }

    private void recover() {
        try {
            rebuild(backgroundProgress);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "search index rebuild failed: " + e);
        }
    }

    /** Where background rebuilds (after damage is found) report progress; a window passes its status line. */
    public void setBackgroundProgress(IndexProgress progress) {
        backgroundProgress = progress == null ? IndexProgress.NONE : progress;
    }

    /** A merge finished: make the merged segment searchable, and commit it after a quiet second. */
    private void merged() {
        if (closed || worker == null) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    if (!closed) {
                        searchers.maybeRefreshBlocking();
                        scheduleCommit();
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "refreshing after a merge: " + e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the close commits whatever the merge left
        }
    }

    /**
     * Waits until the index is quiet: background merges done and searchable, the checks that follow an
     * open run now instead of later, and every change heard so far applied. For benchmarks and tests,
     * which measure searching rather than housekeeping.
     */
    public void settle() {
        if (writer != null && writer.getConfig().getMergeScheduler() instanceof MergeWatcher m) {
            m.sync();
        }
        // The delayed checks after opening run now rather than in the middle of what is being measured.
        runNow(currentCheck, this::verifyCurrent);
        runNow(integrityCheck, this::verifyIntegrity);
        awaitPending();
    }

    private void runNow(ScheduledFuture<?> scheduled, Runnable check) {
        if (scheduled != null && scheduled.cancel(false) && !closed) {
            try {
                worker.execute(check);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing
            }
        }
    }

    /** Waits until every change heard so far (and any background check) is searchable. For tests and tools. */
    public void awaitPending() {
        if (worker == null || closed) {
            return;
        }
        try {
            Future<?> f = worker.submit(() -> {
            });
            f.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "waiting for the index: " + e);
        }
    }

    // ------------------------------------------------------------------ searching

    /** Searches with the query language of DESIGN §4; never throws, whatever the text. */
    public SearchResult search(String query, int limit) {
        String text = query == null ? "" : query;
        int n = Math.max(1, Math.min(MAX_LIMIT, limit));
        IndexSearcher s = null;
        try {
            QueryTranslator.Translation t = translator.translate(text);
            if (t.query() == null || closed) {
                return SearchResult.empty(text);
            }
            s = searchers.acquire();
            TopDocs top = s.search(t.query(), n);
            String corrected = null;
            if (top.scoreDocs.length == 0) {
                corrected = corrector.correct(s.getIndexReader(), t);
                if (corrected == null) {
                    return SearchResult.empty(text);
                }
                t = translator.translate(corrected);
                if (t.query() == null) {
                    return SearchResult.empty(text);
                }
                top = s.search(t.query(), n);
                if (top.scoreDocs.length == 0) {
                    return SearchResult.empty(text);
                }
            }
            return new SearchResult(text, corrected, hits(s, t, top), top.totalHits.value,
                    top.totalHits.relation == TotalHits.Relation.EQUAL_TO);
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.log(System.Logger.Level.WARNING, "search failed: " + e);
                if (worker != null && !(e instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses)) {
                    worker.execute(this::verifyIntegrity);
                }
            }
            return SearchResult.empty(text);
        } finally {
            release(s);
        }
    }

    private List<SearchHit> hits(IndexSearcher s, QueryTranslator.Translation t, TopDocs top) throws IOException {
        int[] docIds = new int[top.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = top.scoreDocs[i].doc;
        }
        Map<Integer, Note> current = new HashMap<>();
        Map<String, String> paths = new HashMap<>();   // section paths, built once per search
        Note[] notes = new Note[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            notes[i] = currentNote(s, docIds[i], paths);
            if (notes[i] != null) {
                current.put(docIds[i], notes[i]);
            }
        }
        Snippets.FieldTexts texts = (doc, fields) -> {
            Note n = current.get(doc);
            if (n == null) {
                return null;
            }
            CharSequence[] values = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                values[f] = switch (fields[f]) {
                    case "title" -> n.title();
                    case "body" -> n.body();
                    case "situation" -> n.star().situation();
                    case "task" -> n.star().task();
                    case "action" -> n.star().action();
                    case "result" -> n.star().result();
                    default -> null;
                };
                if (values[f] == null) {
                    return null;
                }
            }
            return values;
        };
        List<Snippets.Shown> shown = new Snippets(s, texts).show(t.highlight(), t.prefixes(), docIds);
        List<SearchHit> out = new ArrayList<>(docIds.length);
        StoredFields stored = null;
        for (int i = 0; i < docIds.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Snippets.Shown sh = shown.get(i);
            Note n = notes[i];
            if (n != null) {
                out.add(new SearchHit(n.id(), n.title(), n.kind(), paths.get(n.sectionId()), n.tags(), sd.score,
                        sh.snippet(), sh.marks(), sh.hits()));
                continue;
            }
            if (stored == null) {
                stored = s.storedFields();
            }
            Document d = stored.document(sd.doc, STORED_FOR_HIT);
            out.add(new SearchHit(d.get(NoteField.ID.fieldName()), nonNull(d.get(NoteField.TITLE.fieldName())),
                    Kind.fromId(d.get(NoteField.KIND.fieldName())).orElse(Kind.NOTE),
                    nonNull(d.get(NoteField.SECTION.fieldName())), List.of(d.getValues(NoteField.TAG.fieldName())),
                    sd.score, sh.snippet(), sh.marks(), sh.hits()));
        }
        return out;
    }

    private static final Set<String> STORED_FOR_HIT = Set.of(NoteField.ID.fieldName(), NoteField.TITLE.fieldName(),
            NoteField.KIND.fieldName(), NoteField.TAG.fieldName(), NoteField.SECTION.fieldName());

    /**
     * The workspace's note for a hit when it is exactly what was indexed (same fingerprint), so its text
     * can stand in for the stored fields; null when the index lags behind or the note is gone.
     */
    private Note currentNote(IndexSearcher s, int doc, Map<String, String> paths) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext ctx = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues ids = ctx.reader().getBinaryDocValues(NoteField.ID.fieldName());
        NumericDocValues stamps = ctx.reader().getNumericDocValues(NoteField.STAMP.fieldName());
        int local = doc - ctx.docBase;
        if (ids == null || stamps == null || !ids.advanceExact(local) || !stamps.advanceExact(local)) {
            return null;
        }
        Note n = ws.note(ids.binaryValue().utf8ToString()).orElse(null);
        if (n == null || NoteDocuments.stamp(n, paths.computeIfAbsent(n.sectionId(), ws::sectionPath)) != stamps.longValue()) {
            return null;
        }
        return n;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void release(IndexSearcher s) {
        if (s == null) {
            return;
        }
        try {
            searchers.release(s);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "releasing a searcher: " + e);
        }
    }

    /** How many notes the index holds (for status lines and tests). */
    public int size() {
        IndexSearcher s = null;
        try {
            s = searchers.acquire();
            return s.getIndexReader().numDocs();
        } catch (IOException | RuntimeException e) {
            return 0;
        } finally {
            release(s);
        }
    }

    // ------------------------------------------------------------------ closing

    /** Drops a half-opened index without committing anything. */
    private void abandon() {
        closed = true;
        ws.removeListener(listener);
        if (worker != null) {
            worker.shutdownNow();
        }
        closeQuietly(searchers);
        if (writer != null) {
            closeQuietly(writer::rollback);
        }
        closeQuietly(directory);
    }

    /** Stops following the workspace, applies and commits what is queued, and releases the index. */
    @Override
    public void close() {
        synchronized (pendingLock) {
            if (closed) {
                return;
            }
        }
        ws.removeListener(listener);
        if (worker != null) {
            awaitPending();
            synchronized (pendingLock) {
                closed = true;
            }
            worker.shutdownNow();
            try {
                worker.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closed = true;
        if (writer != null) {
            synchronized (writeLock) {
                try {
                    if (writer.hasUncommittedChanges()) {
                        commitWithDigest();
                    }
                    // The readers go before the writer's last commit, so that it deletes the files of segments
                    // merged away instead of leaving them for the next open to delete.
                    closeQuietly(searchers);
                    writer.close();
                } catch (IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "closing the search index: " + e);
                    try {
                        writer.rollback();
                    } catch (IOException | RuntimeException ignored) {
                        // the index is derived: the next open catches up or rebuilds
                    }
                }
            }
        }
        closeQuietly(searchers);   // (again, when there is no writer: closing twice does nothing)
        closeQuietly(directory);
    }

    private static void closeQuietly(AutoCloseable c) {
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
