package org.prepdesk.search;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/**
 * Opens the on-disk index of a writable workspace ({@code .prepdesk/index}): takes Lucene's write lock,
 * asks {@link IndexVerdict} whether it must be rebuilt or caught up, wipes and rebuilds an unreadable or
 * damaged one, verifies a small index's checksums at once and schedules the checks of a large one. Also
 * the writer every mode uses, and the warm-up read before a window opens the index.
 *
 * <p>Stateless; thread-safe. Each open runs on the caller's thread.
 */
final class IndexOpening {
    /** Indexes up to this size are verified against their checksums before use (about 0.1 s). */
    private static final long VERIFY_ON_OPEN_BYTES = 64L << 20;

    private IndexOpening() {
    }

    /** See {@link NoteIndex#warmUp}. Never throws. */
    static void warmUp(Path workspaceRoot) {
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

    /** See {@link NoteIndex#open}. */
    static NoteIndex open(Workspace ws, IndexProgress progress) throws IOException {
        if (ws.isReadOnly()) {
            return ReadOnlyOpening.open(ws, progress);
        }
        Path path = ws.root().resolve(WorkspaceLayout.INDEX);
        Files.createDirectories(path);
        try {
            return openDisk(ws, path, progress, false);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException | AssertionError e) {
            // Damage found while catching up (a checksum, a torn segment): start again from the files.
            IndexState.LOG.log(System.Logger.Level.WARNING, "search index damaged, rebuilding: " + e);
            return openDisk(ws, path, progress, true);
        }
    }

    private static NoteIndex openDisk(Workspace ws, Path path, IndexProgress progress, boolean fresh) throws IOException {
        FSDirectory dir = FSDirectory.open(path);
        IndexWriter w;
        boolean rebuild;
        Map<String, String> commitData = Map.of();
        try {
            if (fresh) {
                wipe(path);
            }
            commitData = commitData(dir);
            rebuild = !IndexVerdict.isCurrentVersion(commitData);
            w = newWriter(dir, rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            IndexState.LOG.log(System.Logger.Level.WARNING, "search index unreadable, rebuilding: " + e);
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
            idx = new NoteIndex(ws, NoteIndex.Mode.DISK, dir, w, new SearcherManager(w, null));
            if (!rebuild && indexBytes(path) <= VERIFY_ON_OPEN_BYTES) {
                idx.checkIntegrity();   // small: verify every checksum now; a large index is checked in the background
            }
            IndexVerdict.Need need = rebuild ? IndexVerdict.Need.REBUILD : IndexVerdict.onOpen(commitData, ws);
            switch (need) {
                case REBUILD -> idx.rebuild(progress);
                case CATCH_UP -> idx.catchUp(progress);
                case NOTHING -> { }   // every note's key (its file's stamp among them) as committed: answer now
            }
            idx.startFollowing();
            if (need == IndexVerdict.Need.NOTHING) {
                idx.trustDigest();
            }
            if (need != IndexVerdict.Need.REBUILD) {
                // Keys hold each file's stamp; every note's text is still compared, off the opening path.
                idx.verifyFingerprintsLater();
            }
            if (indexBytes(path) > VERIFY_ON_OPEN_BYTES) {
                idx.verifyIntegrityLater();
            }
            return idx;
        } catch (IOException | RuntimeException e) {
            if (idx != null) {
                idx.abandon();
            } else {
                IndexState.closeQuietly(w::rollback);
                IndexState.closeQuietly(dir);
            }
            throw e;
        }
    }

    /** The user data of the latest commit (index version, notes digest); empty when there is no index. */
    private static Map<String, String> commitData(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return Map.of();
        }
        return SegmentInfos.readLatestCommit(dir).getUserData();
    }

    static IndexWriter newWriter(Directory dir, IndexWriterConfig.OpenMode openMode) throws IOException {
        IndexWriterConfig c = new IndexWriterConfig(NoteAnalyzer.forIndex());
        c.setOpenMode(openMode);
        c.setRAMBufferSizeMB(64);
        c.setCommitOnClose(true);
        c.setUseCompoundFile(false);   // a flushed segment is not copied into one file again: less to write in a rebuild
        c.setMergeScheduler(new MergeWatcher());
        IndexWriter w = new IndexWriter(dir, c);
        w.setLiveCommitData(IndexCommits.versionOnly());
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
}
