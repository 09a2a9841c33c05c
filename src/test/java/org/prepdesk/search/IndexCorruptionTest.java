package org.prepdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/**
 * A damaged or foreign on-disk index is found when the index opens and rebuilt from the JSON files:
 * afterwards every query of {@link SearchFixtures#QUERIES} returns the same ids in the same order as
 * an index built from scratch on a copy of the files. The workspace is small (well under the 64 MB
 * below which {@link NoteIndex} verifies every checksum while opening).
 */
class IndexCorruptionTest {
    private static final int NOTES = 400;

    @TempDir
    static Path shared;
    static Path template;
    static Map<String, List<String>> fresh;

    @TempDir
    Path dir;

    Path workspace;
    Path index;

    /** One seeded workspace with a sound index, and the results of a fresh build in another folder. */
    @BeforeAll
    static void buildAnIndexAndAFreshReference() throws IOException {
        template = SearchFixtures.seededWorkspace(shared.resolve("ws"), NOTES, 42);
        try (Workspace ws = Workspace.open(template, Workspace.Access.WRITE);
                NoteIndex idx = NoteIndex.open(ws, IndexProgress.NONE)) {
            assertThat(idx.size()).isEqualTo(NOTES);
        }
        fresh = SearchFixtures.freshBuildResults(template, shared.resolve("fresh"));
        assertThat(fresh.values().stream().filter(ids -> !ids.isEmpty()).count())
                .as("the queries find something, so equal results mean something").isGreaterThanOrEqualTo(QUERIES_WITH_HITS);
    }

    /** Each test damages its own copy of the workspace and its index. */
    @BeforeEach
    void copyTheWorkspaceWithItsIndex() throws IOException {
        workspace = SearchFixtures.copyWithoutIndex(template, dir.resolve("ws"));
        index = workspace.resolve(WorkspaceLayout.INDEX);
        Files.createDirectories(index);
        try (Stream<Path> files = Files.list(template.resolve(WorkspaceLayout.INDEX))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, index.resolve(f.getFileName().toString()));
                }
            }
        }
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            assertThat(r.numDocs()).as("the copy starts sound").isEqualTo(NOTES);
        }
    }

    private static final long QUERIES_WITH_HITS = SearchFixtures.QUERIES.size() - 1;

    @Test
    void flippedBytesInASegmentFileAreFoundAndTheIndexIsRebuilt() throws IOException {
        Path victim = largestSegmentFile();
        try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
            long at = f.length() / 2;
            for (int i = 0; i < 16; i++) {
                f.seek(at + i);
                int b = f.read();
                f.seek(at + i);
                f.write(b ^ 0x5A);
            }
        }
        assertThatThrownBy(this::readEveryChecksum).as("the damage is real").isInstanceOf(IOException.class);
        assertReopenedIndexEqualsAFreshBuild();
    }

    @Test
    void aDeletedSegmentsFileMeansARebuild() throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            List<Path> commits = files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList();
            assertThat(commits).isNotEmpty();
            for (Path f : commits) {
                Files.delete(f);
            }
        }
        try (FSDirectory d = FSDirectory.open(index)) {
            assertThat(DirectoryReader.indexExists(d)).isFalse();
        }
        assertReopenedIndexEqualsAFreshBuild();
    }

    @Test
    void aTruncatedFileIsFoundAndTheIndexIsRebuilt() throws IOException {
        Path victim = largestSegmentFile();
        try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertThatThrownBy(this::readEveryChecksum).as("the damage is real").isInstanceOf(IOException.class);
        assertReopenedIndexEqualsAFreshBuild();
    }

    @Test
    void aTruncatedSegmentsFileIsFoundAndTheIndexIsRebuilt() throws IOException {
        Path victim;
        try (Stream<Path> files = Files.list(index)) {
            victim = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
            f.setLength(f.length() - 20);
        }
        assertThatThrownBy(this::readEveryChecksum).as("the damage is real").isInstanceOf(IOException.class);
        assertReopenedIndexEqualsAFreshBuild();
    }

    @Test
    void anIndexWrittenByANewerVersionIsRebuilt() throws IOException {
        String newer = String.valueOf(NoteField.INDEX_VERSION + 1);
        try (FSDirectory d = FSDirectory.open(index);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(NoteAnalyzer.forIndex())
                        .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            // what a newer PrepDesk would leave: its own version in the commit data, and a document we do not know
            w.deleteDocuments(NoteDocuments.idTerm(firstIndexedId()));
            w.setLiveCommitData(Map.of(NoteField.VERSION_KEY, newer).entrySet());
            w.commit();
        }
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            assertThat(r.getIndexCommit().getUserData()).containsEntry(NoteField.VERSION_KEY, newer);
            assertThat(r.numDocs()).isEqualTo(NOTES - 1);
        }
        assertReopenedIndexEqualsAFreshBuild();
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            assertThat(r.getIndexCommit().getUserData())
                    .containsEntry(NoteField.VERSION_KEY, String.valueOf(NoteField.INDEX_VERSION));
        }
    }

    private void assertReopenedIndexEqualsAFreshBuild() throws IOException {
        try (Workspace ws = Workspace.open(workspace, Workspace.Access.WRITE);
                NoteIndex idx = NoteIndex.open(ws, IndexProgress.NONE)) {
            assertThat(idx.size()).isEqualTo(NOTES);
            assertThat(SearchFixtures.results(idx)).isEqualTo(fresh);
        }
        try (FSDirectory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
            assertThat(check.checkIndex().clean).as("the rebuilt index on disk is sound").isTrue();
        }
    }

    private void readEveryChecksum() throws IOException {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            for (LeafReaderContext ctx : r.leaves()) {
                ctx.reader().checkIntegrity();
            }
        }
    }

    private String firstIndexedId() throws IOException {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            return r.storedFields().document(0).get(NoteField.ID.fieldName());
        }
    }

    /** The largest file the latest commit uses (files of segments merged away may linger until the next open). */
    private Path largestSegmentFile() throws IOException {
        java.util.Collection<String> live;
        try (FSDirectory d = FSDirectory.open(index)) {
            live = org.apache.lucene.index.SegmentInfos.readLatestCommit(d).files(false);
        }
        try (Stream<Path> files = Files.list(index)) {
            return files.filter(f -> live.contains(f.getFileName().toString()))
                    .filter(f -> !f.getFileName().toString().startsWith("segments_"))
                    .filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }
}
