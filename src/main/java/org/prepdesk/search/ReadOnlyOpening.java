package org.prepdesk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/**
 * Opens an index without writing anything on disk and without any lock, for a command reading a workspace
 * another process (a window) may be writing: the committed index as a read-only <b>snapshot</b> when it
 * matches every note; an <b>overlay</b> (the commit with the changed notes hidden, plus those notes indexed
 * in memory) when a few changed; else an index built in <b>memory</b> from the notes.
 *
 * <p>Stateless; thread-safe. Each open runs on the caller's thread.
 */
final class ReadOnlyOpening {
    /** The most changed notes an overlay indexes in memory before a full in-memory index is built instead. */
    private static final int MAX_OVERLAY = 2000;

    private ReadOnlyOpening() {
    }

    /** See {@link NoteIndex#openReadOnly}. */
    static NoteIndex open(Workspace ws, IndexProgress progress) throws IOException {
        Path path = ws.root().resolve(WorkspaceLayout.INDEX);
        if (Files.isDirectory(path)) {
            FSDirectory dir = null;
            DirectoryReader reader = null;
            try {
                dir = FSDirectory.open(path);
                if (DirectoryReader.indexExists(dir)) {
                    reader = DirectoryReader.open(dir);
                    Map<String, String> data = reader.getIndexCommit().getUserData();
                    if (IndexVerdict.isCurrentVersion(data) && IndexVerdict.digestMatches(data.get(NoteField.DIGEST_KEY), ws)) {
                        // every note's key (its file's stamp among them) as committed
                        return new NoteIndex(ws, NoteIndex.Mode.SNAPSHOT, dir, null, new SearcherManager(reader, null));
                    }
                    if (IndexVerdict.isCurrentVersion(data)) {
                        Fingerprints.Stale stale = Fingerprints.staleKeys(ws, Fingerprints.indexedKeys(reader));
                        if (stale.isEmpty()) {
                            return new NoteIndex(ws, NoteIndex.Mode.SNAPSHOT, dir, null, new SearcherManager(reader, null));
                        }
                        if (stale.size() <= Math.max(MAX_OVERLAY, ws.noteCount() / 20)) {
                            NoteIndex idx = overlay(ws, dir, reader, stale);
                            reader = null;   // the overlay owns it now
                            return idx;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                IndexState.LOG.log(System.Logger.Level.INFO, "on-disk index not usable read-only, indexing in memory: " + e);
            }
            IndexState.closeQuietly(reader);
            IndexState.closeQuietly(dir);
        }
        ByteBuffersDirectory mem = new ByteBuffersDirectory();
        IndexWriter w = IndexOpening.newWriter(mem, IndexWriterConfig.OpenMode.CREATE);
        NoteIndex idx = new NoteIndex(ws, NoteIndex.Mode.MEMORY, mem, w, new SearcherManager(w, null));
        try {
            idx.rebuild(progress);
            idx.startFollowing();
            return idx;
        } catch (IOException | RuntimeException e) {
            idx.close();
            throw e;
        }
    }

    /** The committed index minus the notes changed since, plus their current versions indexed in memory. */
    private static NoteIndex overlay(Workspace ws, FSDirectory dir, DirectoryReader disk, Fingerprints.Stale stale) throws IOException {
        ByteBuffersDirectory mem = new ByteBuffersDirectory();
        try (IndexWriter w = IndexOpening.newWriter(mem, IndexWriterConfig.OpenMode.CREATE)) {
            Map<String, String> paths = Fingerprints.sectionPaths(ws);
            for (Note n : stale.changed()) {
                w.addDocument(NoteDocuments.toDocument(ws, n, paths));
            }
        }
        Set<String> hidden = new HashSet<>(stale.removed());
        stale.changed().forEach(n -> hidden.add(n.id()));
        IndexReader view = OverlayReader.of(disk, hidden, DirectoryReader.open(mem));
        return new NoteIndex(ws, NoteIndex.Mode.OVERLAY, new OverlayDirectories(dir, mem), null, new OverlayReader.Fixed(view));
    }

    /** Closes both directories of an overlay as one. */
    private static final class OverlayDirectories extends FilterDirectory {
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
}
