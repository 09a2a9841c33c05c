package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Note;

/** The note cache gives exactly what the note files give, and only for files it has seen unchanged. */
class NoteCacheTest {
    private static final int NOTES = 80; // more than the 64 misses that make a writer refresh the cache

    @TempDir
    Path dir;

    @Test
    void givesBackEveryNoteItStoredExactly() throws IOException {
        Random r = new Random(20261128L);
        List<NoteCache.Entry> entries = new ArrayList<>();
        Map<String, Note> written = new HashMap<>();
        long old = Instant.now().minus(1, ChronoUnit.HOURS).getEpochSecond() * 1_000_000_000L;
        for (int i = 0; i < 2000; i++) {
            Note n = JsonCodecPropertyTest.randomNote(r);
            String name = n.id() + ".json";
            entries.add(new NoteCache.Entry(name, new FileStamp(old + i, 100 + i, "(dev=1,ino=" + i + ")"), n));
            written.put(name, n);
        }
        Path file = dir.resolve("cache.bin");

        assertThat(NoteCache.write(file, entries, nowNanos())).isEqualTo(2000);

        Map<String, NoteCache.Cached> read = NoteCache.read(file);
        assertThat(read).hasSize(2000);
        for (int i = 0; i < entries.size(); i++) {
            NoteCache.Entry e = entries.get(i);
            NoteCache.Cached c = read.get(e.fileName());
            assertThat(c.note()).isEqualTo(written.get(e.fileName()));
            assertThat(c.matches(e.stamp())).isTrue();
            assertThat(c.matches(new FileStamp(old + i + 1, 100 + i, e.stamp().fileKey()))).isFalse();
            assertThat(c.matches(new FileStamp(old + i, 101 + i, e.stamp().fileKey()))).isFalse();
            assertThat(c.matches(new FileStamp(old + i, 100 + i, "(dev=1,ino=x)"))).isFalse();
        }
    }

    @Test
    void leavesOutFilesChangedInTheLastSecondsAndNotesUtf8CannotHold() throws IOException {
        long now = nowNanos();
        Note plain = Fixtures.note("n1", "plain");
        Note broken = Fixtures.note("n2", "cut emoji \uD83D");
        Note recent = Fixtures.note("n3", "just saved");
        Path file = dir.resolve("cache.bin");

        int kept = NoteCache.write(file, List.of(
                new NoteCache.Entry("n1.json", new FileStamp(now - 60_000_000_000L, 10, null), plain),
                new NoteCache.Entry("n2.json", new FileStamp(now - 60_000_000_000L, 10, null), broken),
                new NoteCache.Entry("n3.json", new FileStamp(now - 1_000_000_000L, 10, null), recent)), now);

        assertThat(kept).isEqualTo(1);
        assertThat(NoteCache.read(file)).containsOnlyKeys("n1.json");
    }

    @Test
    void opensFromTheCacheAfterAWriterClosedTheWorkspace() throws IOException {
        Path ws = workspaceWithOldNotes(NOTES);
        List<Note> fromFiles;
        try (Workspace w = Workspace.open(ws, Workspace.Access.WRITE)) {
            assertThat(w.notesNotInCache()).isEqualTo(NOTES);
            fromFiles = w.notes();
        }
        assertThat(ws.resolve(WorkspaceLayout.NOTE_CACHE)).isRegularFile();

        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.notesNotInCache()).isZero();
            assertThat(w.notes()).containsExactlyInAnyOrderElementsOf(fromFiles);
        }
    }

    @Test
    void readsAFileChangedSinceFromTheFileAndSeesNewAndDeletedNotes() throws IOException {
        Path ws = workspaceWithOldNotes(NOTES);
        Workspace.open(ws, Workspace.Access.WRITE).close();
        Fixtures.writeNote(ws, Fixtures.note("n0001", "changed outside"));
        Fixtures.writeNote(ws, Fixtures.note("n9999", "new outside"));
        Files.delete(ws.resolve("notes/n0002.json"));

        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.notesNotInCache()).isEqualTo(2);
            assertThat(w.note("n0001").orElseThrow().title()).isEqualTo("changed outside");
            assertThat(w.note("n9999")).isPresent();
            assertThat(w.note("n0002")).isEmpty();
            assertThat(w.noteCount()).isEqualTo(NOTES);
        }
    }

    @Test
    void trustsAFileWhoseStampIsUnchanged() throws IOException {
        // the rule the cache rests on, shown by breaking it on purpose: same size, same time, same file
        Path ws = workspaceWithOldNotes(NOTES);
        Workspace.open(ws, Workspace.Access.WRITE).close();
        Path f = ws.resolve("notes/n0003.json");
        FileTime time = rewriteInPlaceKeepingItsTime(f, text -> text.replace("title 0003", "TITLE 0003"));

        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.note("n0003").orElseThrow().title()).isEqualTo("title 0003");
        }
        Files.setLastModifiedTime(f, FileTime.from(time.toInstant().plusNanos(1000)));
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.note("n0003").orElseThrow().title()).isEqualTo("TITLE 0003");
        }
    }

    @Test
    void aCheckReadsEveryFileWhateverTheCacheHolds() throws IOException {
        Path ws = workspaceWithOldNotes(NOTES);
        Workspace.open(ws, Workspace.Access.WRITE).close();
        // damaged in place, size and time kept: only reading the file shows it
        rewriteInPlaceKeepingItsTime(ws.resolve("notes/n0006.json"), text -> "[" + text.substring(1));

        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.problems()).isEmpty();
        }
        try (Workspace w = Workspace.openReadingEveryFile(ws)) {
            assertThat(w.notesNotInCache()).isEqualTo(NOTES - 1);
            assertThat(w.problems()).singleElement().satisfies(p -> assertThat(p.describe()).contains("n0006.json"));
        }
    }

    @Test
    void ignoresADamagedCacheAndReadsEveryFile() throws IOException {
        Path ws = workspaceWithOldNotes(NOTES);
        Workspace.open(ws, Workspace.Access.WRITE).close();
        Path cache = ws.resolve(WorkspaceLayout.NOTE_CACHE);
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(cache, bytes);

        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.notesNotInCache()).isEqualTo(NOTES);
            assertThat(w.noteCount()).isEqualTo(NOTES);
            assertThat(w.problems()).isEmpty();
        }
        Files.write(cache, new byte[] {1, 2, 3});
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.notesNotInCache()).isEqualTo(NOTES);
        }
    }

    @Test
    void neverCachesANoteWithKeysThisVersionDoesNotKnow() throws IOException {
        Path ws = workspaceWithOldNotes(NOTES);
        Path f = ws.resolve("notes/n0004.json");
        String text = Fixtures.read(f);
        Files.writeString(f, text.replaceFirst("\\{", "{\"future\": {\"x\": [1, 2]}, "), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        Workspace.open(ws, Workspace.Access.WRITE).close();

        try (Workspace w = Workspace.open(ws, Workspace.Access.WRITE)) {
            assertThat(w.notesNotInCache()).isEqualTo(1);
            w.updateNote(w.note("n0004").orElseThrow().withTitle("edited"));
        }
        assertThat(Fixtures.read(f)).contains("\"future\"").contains("edited");
    }

    @Test
    void aReaderNeverWritesTheCache() throws IOException {
        Path ws = workspaceWithOldNotes(NOTES);
        Workspace.open(ws, Workspace.Access.READ).close();

        assertThat(ws.resolve(WorkspaceLayout.NOTE_CACHE)).doesNotExist();
    }

    @Test
    void aWriterRefreshesTheCacheOnlyWhenManyNotesMissedIt() throws IOException {
        Path ws = workspaceWithOldNotes(NOTES);
        try (Workspace w = Workspace.open(ws, Workspace.Access.WRITE)) {
            assertThat(w.refreshNoteCache()).isTrue();
            assertThat(w.refreshNoteCache()).isFalse();
            for (int i = 0; i < 3; i++) {
                w.updateNote(w.note("n000" + i).orElseThrow().withBody("edited " + i));
            }
            assertThat(w.notesNotInCache()).isEqualTo(3);
            assertThat(w.refreshNoteCache()).isFalse();
        }
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.notesNotInCache()).isEqualTo(3);
            assertThat(w.note("n0001").orElseThrow().body()).isEqualTo("edited 1");
        }
    }

    @Test
    void aRescanReadsOnlyTheFilesWhoseStampMoved() throws IOException {
        Path ws = workspaceWithOldNotes(NOTES);
        try (Workspace w = Workspace.open(ws, Workspace.Access.WRITE)) {
            w.refreshNoteCache();
            assertThat(w.notesNotInCache()).isZero();
            Fixtures.writeNote(ws, Fixtures.note("n0005", "changed outside"));

            assertThat(w.rescan()).containsExactly("n0005");
            assertThat(w.notesNotInCache()).isEqualTo(1);
            assertThat(w.note("n0005").orElseThrow().title()).isEqualTo("changed outside");
            assertThat(w.noteCount()).isEqualTo(NOTES);
        }
    }

    /**
     * Changes a file's text in place (same file, same inode) and puts its modification time back: with the
     * same size, its stamp is the one the cache recorded. Returns that time.
     */
    private static FileTime rewriteInPlaceKeepingItsTime(Path f, java.util.function.UnaryOperator<String> change)
            throws IOException {
        FileTime time = Files.getLastModifiedTime(f);
        String text = Fixtures.read(f);
        String changed = change.apply(text);
        assertThat(changed.getBytes(StandardCharsets.UTF_8)).hasSameSizeAs(text.getBytes(StandardCharsets.UTF_8));
        Files.writeString(f, changed, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, time);
        return time;
    }

    /** A workspace of {@code count} notes n0000… whose files were last written an hour ago. */
    private Path workspaceWithOldNotes(int count) throws IOException {
        Path ws = Fixtures.workspaceWithFixedSection(dir.resolve("ws"));
        for (int i = 0; i < count; i++) {
            String id = String.format("n%04d", i);
            Fixtures.writeNote(ws, Fixtures.note(id, "title " + id.substring(1)));
        }
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        try (Stream<Path> files = Files.list(ws.resolve("notes"))) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, hourAgo);
            }
        }
        return ws;
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
