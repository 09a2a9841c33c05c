package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Note;

/** Every kind of bad file is set aside with a reason and everything else still loads. */
class HostileFilesTest {
    @TempDir
    Path dir;

    private Path notes;

    private void put(String id, byte[] bytes) throws IOException {
        Files.write(notes.resolve(id + ".json"), bytes);
    }

    private static byte[] valid(String id) {
        return new JsonCodec().encodeNote(Fixtures.note(id, "Title of " + id), null);
    }

    private static byte[] concat(byte[]... parts) {
        int len = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[len];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Lays out one good note and one file of each hostile kind; returns expected reason words by id. */
    private Map<String, String> layOutHostileWorkspace() throws IOException {
        Fixtures.workspaceWithFixedSection(dir);
        notes = dir.resolve("notes");
        put("n000000000good", valid("n000000000good"));
        Files.write(notes.resolve("n0000000trunc.json"), JsonCodecTest.resource("hostile/truncated.json"));
        Files.write(notes.resolve("n00000000type.json"), JsonCodecTest.resource("hostile/wrong-types.json"));
        Files.write(notes.resolve("n00000000kind.json"), JsonCodecTest.resource("hostile/unknown-kind.json"));
        Files.write(notes.resolve("n00000mismatch.json"), JsonCodecTest.resource("hostile/id-mismatch.json"));
        // NUL bytes inside a string value
        String withNul = new String(valid("n000000000nul"), StandardCharsets.UTF_8).replace("Title of", "Ti\u0000tle of");
        put("n000000000nul", withNul.getBytes(StandardCharsets.UTF_8));
        // a byte sequence that is not UTF-8 inside the title
        byte[] good = valid("n00000000utf8");
        String text = new String(good, StandardCharsets.UTF_8);
        int cut = text.indexOf("Title of") + 2;
        put("n00000000utf8", concat(Arrays.copyOfRange(good, 0, cut), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                Arrays.copyOfRange(good, cut, good.length)));
        // 100,000 levels of nesting
        String deep = "{\"id\":\"n00000000deep\",\"section\":\"" + Fixtures.SECTION_ID + "\",\"x\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}";
        put("n00000000deep", deep.getBytes(StandardCharsets.UTF_8));
        // a 100 MB string (over the file size limit) and a 40 MB one (under it, over the string limit)
        writeHugeString("n0000000huge1", 100 * 1024 * 1024);
        writeHugeString("n0000000huge2", 40 * 1024 * 1024);
        Files.write(notes.resolve("n0000000empty.json"), new byte[0]);
        return Map.of(
                "n0000000trunc", "ends too early",
                "n00000000type", "\"tags\" is not a list",
                "n00000000kind", "unknown kind 'poem'",
                "n00000mismatch", "does not match the file name",
                "n000000000nul", "not valid JSON",
                "n00000000utf8", "not valid UTF-8",
                "n00000000deep", "too deeply nested",
                "n0000000huge1", "larger than 64 MB",
                "n0000000huge2", "too long a value",
                "n0000000empty", "the file is empty");
    }

    private void writeHugeString(String id, int size) throws IOException {
        try (OutputStream out = Files.newOutputStream(notes.resolve(id + ".json"))) {
            out.write(("{\"id\":\"" + id + "\",\"section\":\"" + Fixtures.SECTION_ID + "\",\"body\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int left = size; left > 0; left -= chunk.length) {
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void quarantinesEachHostileFileWithItsReasonAndLoadsTheRest() throws IOException {
        Map<String, String> expected = layOutHostileWorkspace();
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            assertThat(ws.noteCount()).isEqualTo(1);
            assertThat(ws.note("n000000000good")).isPresent();
            Map<String, Problem> byFile = ws.problems().stream()
                    .collect(Collectors.toMap(p -> p.file().replace("notes/", "").replace(".json", ""), p -> p));
            assertThat(byFile.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((id, words) -> {
                Problem p = byFile.get(id);
                assertThat(p.reason()).as("reason for %s", id).contains(words).doesNotContain("Exception").doesNotContain("\n");
                assertThat(p.quarantinedTo()).as("quarantine of %s", id).startsWith(".prepdesk/quarantine/");
                assertThat(dir.resolve(p.quarantinedTo())).exists();
                assertThat(Fixtures.readReason(dir, p)).contains(words);
                assertThat(notes.resolve(id + ".json")).doesNotExist();
            });
        }
        // set aside once: the next open is clean
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            assertThat(ws.problems()).isEmpty();
            assertThat(ws.noteCount()).isEqualTo(1);
        }
    }

    @Test
    void aReaderOnlyReportsBadFilesAndLeavesThemWhereTheyAre() throws IOException {
        Map<String, String> expected = layOutHostileWorkspace();
        try (Workspace ws = Workspace.open(dir, Workspace.Access.READ)) {
            assertThat(ws.noteCount()).isEqualTo(1);
            assertThat(ws.problems()).hasSize(expected.size()).allSatisfy(p -> assertThat(p.quarantinedTo()).isNull());
        }
        for (String id : expected.keySet()) {
            assertThat(notes.resolve(id + ".json")).exists();
        }
        assertThat(dir.resolve(".prepdesk/quarantine")).doesNotExist();
    }

    @Test
    void loadsAFileThatStartsWithAByteOrderMark() throws IOException {
        Fixtures.workspaceWithFixedSection(dir);
        notes = dir.resolve("notes");
        put("n0000000000bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid("n0000000000bom")));
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            assertThat(ws.problems()).isEmpty();
            assertThat(ws.note("n0000000000bom")).get().extracting(n -> n.title()).isEqualTo("Title of n0000000000bom");
        }
    }

    @Test
    void quarantinesABadSectionAndReportsItsNotesAsOrphansWithoutLosingThem() throws IOException {
        Fixtures.workspaceWithFixedSection(dir);
        notes = dir.resolve("notes");
        put("n000000000good", valid("n000000000good"));
        Files.writeString(dir.resolve("sections").resolve(Fixtures.SECTION_ID + ".json"), "{\"id\":");
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            assertThat(ws.note("n000000000good")).isPresent();
            assertThat(ws.notesInTreeOrder()).extracting(n -> n.id()).contains("n000000000good");
            assertThat(ws.problems()).extracting(Problem::file)
                    .contains("sections/" + Fixtures.SECTION_ID + ".json", "notes/n000000000good.json");
        }
    }

    @Test
    void aNewerFormatOpensReadOnlyAndIsNeverWritten() throws IOException {
        Fixtures.workspaceWithFixedSection(dir);
        notes = dir.resolve("notes");
        put("n000000000good", valid("n000000000good"));
        Files.writeString(dir.resolve("prepdesk.json"), "{\"format\": 99, \"name\": \"future\", \"vault\": true}\n");
        Files.writeString(notes.resolve("n0000000trunc.json"), "{\"id\":");
        Map<Path, byte[]> before = snapshot(dir);
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            assertThat(ws.isReadOnly()).isTrue();
            assertThat(ws.readOnlyReason()).get().asString().contains("newer PrepDesk").contains("99");
            assertThat(ws.problems()).singleElement().satisfies(p -> assertThat(p.quarantinedTo()).isNull());
            Note n = ws.note("n000000000good").orElseThrow();
            assertThatStoreRefuses(() -> ws.updateNote(n.withTitle("changed")));
            assertThatStoreRefuses(() -> ws.createSection(null, "New"));
            assertThatStoreRefuses(() -> ws.trashNote(n.id()));
        }
        Map<Path, byte[]> after = snapshot(dir);
        after.keySet().removeIf(p -> p.startsWith(dir.resolve(".prepdesk")));
        before.keySet().removeIf(p -> p.startsWith(dir.resolve(".prepdesk")));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((p, b) -> assertThat(after.get(p)).as("%s", p).isEqualTo(b));
    }

    private static void assertThatStoreRefuses(Runnable r) {
        org.assertj.core.api.Assertions.assertThatThrownBy(r::run).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.READ_ONLY));
    }

    static Map<Path, byte[]> snapshot(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> files = s.filter(Files::isRegularFile).toList();
            Map<Path, byte[]> out = new java.util.HashMap<>();
            for (Path f : files) {
                out.put(f, Files.readAllBytes(f));
            }
            return out;
        }
    }

    @Test
    void skipsAFolderAndADanglingLinkAmongTheNotesWithoutCallingThemBadFiles() throws IOException {
        Fixtures.workspaceWithFixedSection(dir);
        notes = dir.resolve("notes");
        put("n000000000good", valid("n000000000good"));
        Files.createDirectories(notes.resolve("n0000000adir.json"));
        Files.createSymbolicLink(notes.resolve("n00000000link.json"), notes.resolve("n000000000gone.json"));
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            assertThat(ws.noteCount()).isEqualTo(1);
            assertThat(ws.problems()).isEmpty();
        }
        assertThat(notes.resolve("n0000000adir.json")).isDirectory();
        assertThat(Files.isSymbolicLink(notes.resolve("n00000000link.json"))).as("left where it was").isTrue();
    }
}
