package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.Workspace;

/** {@code prepdesk import} and {@code prepdesk export}, run as the launcher runs them. */
class ImportExportCommandTest {
    @TempDir
    Path dir;

    private Path ws;
    private String out;
    private String err;

    @BeforeEach
    void createWorkspace() {
        ws = dir.resolve("ws");
        Workspace.create(ws, "test").close();
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = PrepDeskCli.run(args, p -> 2, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    static Path outline(String name) {
        try {
            return Path.of(ImportExportCommandTest.class.getResource("/outline/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importJsonPrintsExactlyTheCounts() throws Exception {
        assertThat(run("import", "--workspace", ws.toString(), "--json", outline("onsite-prep-outline.txt").toString())).isZero();
        JsonNode o = new ObjectMapper().readTree(out);
        assertThat(o.get("sections").asInt()).isEqualTo(13);
        assertThat(o.get("notes").asInt()).isEqualTo(32);
        assertThat(o.get("stories").asInt()).isEqualTo(2);
        assertThat(o.get("talkingPoints").asInt()).isEqualTo(16);
        assertThat(o.get("questions").asInt()).isEqualTo(3);
        assertThat(o.get("asks").asInt()).isEqualTo(1);
        assertThat(o.get("warnings")).isEmpty();
        assertThat(err).isEmpty();
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.noteCount()).isEqualTo(32);
            assertThat(w.sections()).hasSize(13);
        }
    }

    @Test
    void importsSeveralFilesUnderOneSectionAndSumsTheCounts() throws Exception {
        assertThat(run("import", "-w", ws.toString(), "--json", "--into", "Imports / 2026",
                outline("northwind-loop.md").toString(), outline("contoso-phone-screen.txt").toString())).isZero();
        JsonNode o = new ObjectMapper().readTree(out);
        assertThat(o.get("notes").asInt()).isEqualTo(10 + 9);
        assertThat(o.get("sections").asInt()).isEqualTo(2 + 6 + 2);
        assertThat(o.get("asks").asInt()).isEqualTo(4);
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            Section imports = w.children(null).get(0);
            assertThat(imports.title()).isEqualTo("Imports");
            Section year = w.children(imports.id()).get(0);
            assertThat(year.title()).isEqualTo("2026");
            assertThat(w.children(year.id())).extracting(Section::title).containsExactly("northwind-loop", "contoso-phone-screen");
        }
    }

    @Test
    void tagsEveryImportedNoteWhenAsked() {
        assertThat(run("import", "-w", ws.toString(), "--tag", "contoso", "--tag", "phone, round-1",
                outline("contoso-phone-screen.txt").toString())).isZero();
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.notes()).hasSize(9).allSatisfy(n -> assertThat(n.tags()).containsExactly("contoso", "phone", "round-1"));
        }
    }

    @Test
    void aDryRunDrawsTheTreeAndWritesNothing() {
        assertThat(run("import", "-w", ws.toString(), "--dry-run", outline("contoso-phone-screen.txt").toString())).isZero();
        assertThat(out).startsWith("contoso-phone-screen\n  - [note] Prep notes for the Contoso phone screen\n")
                .contains("\n  Questions for Contoso\n    - [ask] What would my first project be?\n")
                .endsWith("Would import 2 sections and 9 notes; nothing was written\n");
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.sections()).isEmpty();
        }
    }

    @Test
    void printsASummaryWithoutJson() {
        assertThat(run("import", "-w", ws.toString(), outline("contoso-phone-screen.txt").toString())).isZero();
        assertThat(out).contains("contoso-phone-screen.txt: 2 sections, 9 notes")
                .contains("Imported 2 sections and 9 notes (1 story, 1 talking point, 2 questions, 2 asks, 3 other notes)");
    }

    @Test
    void aBadFileAmongGoodOnesImportsNothing() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        assertThat(run("import", "-w", ws.toString(), outline("northwind-loop.md").toString(), empty.toString())).isEqualTo(2);
        assertThat(err).isEqualTo("prepdesk import: empty.txt is empty: there is nothing to import; no file was imported\n");
        assertThat(out).isEmpty();
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.sections()).isEmpty();
        }
        assertThat(run("import", "-w", ws.toString(), dir.toString())).isEqualTo(2);
        assertThat(err.lines()).singleElement().asString().endsWith("is a folder, not a file");
    }

    @Test
    void warnsAboutInvalidUtf8ButImports() throws Exception {
        Path f = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9:\n  Point one.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(run("import", "-w", ws.toString(), "--json", f.toString())).isZero();
        assertThat(err).startsWith("prepdesk import: warning: latin1.txt is not valid UTF-8");
        assertThat(new ObjectMapper().readTree(out).get("warnings").get(0).asText()).contains("replaced with \uFFFD");
    }

    @Test
    void refusesWhileAWindowHoldsTheWorkspace() {
        try (Workspace window = Workspace.open(ws, Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "window")) {
            assertThat(run("import", "-w", ws.toString(), outline("northwind-loop.md").toString())).isEqualTo(2);
            assertThat(err.lines()).singleElement().asString().startsWith("prepdesk import: ");
            assertThat(window.sections()).isEmpty();
        }
    }

    @Test
    void exportWritesMarkdownThatImportsBackToTheSameTree() throws Exception {
        run("import", "-w", ws.toString(), outline("onsite-prep-outline.txt").toString());
        Path md = dir.resolve("md");
        assertThat(run("export", "-w", ws.toString(), "--format", "md", "--out", md.toString())).isZero();
        assertThat(out).contains("onsite-prep-outline.md").contains("Exported 1 file");
        String text = Files.readString(md.resolve("onsite-prep-outline.md"));
        assertThat(text).contains("\n# onsite-prep-outline\n").contains("\n### Streaming at Scale\nKind: talking-point · Cues: \"Streaming at Scale\"\n")
                .contains("**Situation:** Three teams shared one pager");
        Path second = dir.resolve("ws2");
        Workspace.create(second, "second").close();
        assertThat(run("import", "-w", second.toString(), md.resolve("onsite-prep-outline.md").toString())).isZero();
        assertThat(tree(second)).isEqualTo(tree(ws));
    }

    @Test
    void exportRefusesOtherFormatsAndUnknownSections() {
        assertThat(run("export", "-w", ws.toString(), "--format", "pdf", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err).isEqualTo("prepdesk export: unknown --format 'pdf' (export writes md)\n");
        assertThat(run("export", "-w", ws.toString(), "--format", "md", "--section", "Nope", "--out", dir.resolve("x").toString()))
                .isEqualTo(2);
        assertThat(err).isEqualTo("prepdesk export: no section \"Nope\"\n");
    }

    private static List<String> tree(Path root) {
        try (Workspace w = Workspace.open(root, Workspace.Access.READ)) {
            return w.notesInTreeOrder().stream().map(n -> w.sectionPath(n.sectionId()) + " :: " + describe(n)).toList();
        }
    }

    private static String describe(Note n) {
        return n.kind().id() + " " + n.title() + " " + n.cues() + " " + n.tags() + " " + n.star() + " " + n.body();
    }
}
