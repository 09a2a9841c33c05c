package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.review.TypicalWorkspace;
import org.prepdesk.store.SheetStore;
import org.prepdesk.store.Workspace;

class SheetCommandTest {
    @TempDir
    Path dir;

    private Path ws;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void createWorkspace() {
        ws = dir.resolve("ws");
        TypicalWorkspace.create(ws).close();
    }

    private int run(String... args) {
        return PrepDeskCli.run(args, p -> 2, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesHtmlByDefaultAndMarkdownOrPdfByExtension() throws Exception {
        Path html = dir.resolve("sheet.html");
        Path md = dir.resolve("sheet.md");
        Path pdf = dir.resolve("sheet.pdf");
        Path other = dir.resolve("sheet.txt");

        assertThat(run("sheet", "-w", ws.toString(), "--tag", "onsite", "--subtitle", "Acme", "--out", html.toString()))
                .isZero();
        assertThat(run("sheet", "-w", ws.toString(), "--tag", "onsite", "--out", md.toString())).isZero();
        assertThat(run("sheet", "-w", ws.toString(), "--kind", "ask", "--out", pdf.toString())).isZero();
        assertThat(run("sheet", "-w", ws.toString(), "--kind", "ask", "--format", "md", "--out", other.toString()))
                .isZero();

        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Acme", "Replacing the nightly batch");
        assertThat(Files.readString(md)).startsWith("# Review sheet").contains("## Likely questions");
        assertThat(Files.readString(other)).startsWith("# Review sheet").contains("## Questions to ask")
                .doesNotContain("## Stories");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(out.toString()).contains("wrote " + html + " (HTML page, 25 items in 4 groups)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anEmptySelectionWritesNothingAndSaysWhy() {
        Path target = dir.resolve("empty.html");

        int code = run("sheet", "-w", ws.toString(), "--tag", "nobody", "--kind", "story", "--out", target.toString());

        assertThat(code).isEqualTo(2);
        assertThat(Files.exists(target)).isFalse();
        assertThat(err.toString().strip()).isEqualTo("prepdesk sheet: nothing to print: no note matches tag nobody "
                + "and kind story; " + target + " was not written");
    }

    @Test
    void badUsageGetsOneLineAndExitTwo() {
        assertThat(run("sheet", "-w", ws.toString(), "--out", dir.resolve("a.html").toString())).isEqualTo(2);
        assertThat(run("sheet", "-w", ws.toString(), "--tag", "onsite", "--format", "docx", "--out",
                dir.resolve("a.html").toString())).isEqualTo(2);
        assertThat(run("sheet", "-w", ws.toString(), "--section", "No such", "--out", dir.resolve("a.html").toString()))
                .isEqualTo(2);
        assertThat(run("sheet", "-w", ws.toString(), "--saved", "nope", "--out", dir.resolve("a.html").toString()))
                .isEqualTo(2);
        assertThat(run("sheet", "-w", ws.toString(), "--tag", "x", "--out", dir.resolve("missing/a.html").toString()))
                .isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "prepdesk sheet: say what goes on the sheet: --tag, --kind, --section or --saved NAME",
                "prepdesk sheet: unknown --format 'docx' (use html, md or pdf)",
                "prepdesk sheet: no section \"No such\" (see 'prepdesk list')",
                "prepdesk sheet: no saved sheet named \"nope\" (there are none)",
                "prepdesk sheet: the folder for --out does not exist: " + dir.resolve("missing").toAbsolutePath());
        assertThat(dir.resolve("a.html")).doesNotExist();
    }

    @Test
    void usesASavedSheetAndSectionPathsAndWorksWhileAWindowHoldsTheWorkspace() throws Exception {
        try (Workspace held = Workspace.open(ws, Workspace.Access.WRITE, org.prepdesk.store.FileOps.DISK,
                java.time.Clock.systemUTC(), "window")) {
            new SheetStore(held).save(new SheetSpec("new", "HM round", "Lumina · 12 March", List.of(),
                    List.of(Kind.QUESTION), List.of(), null, null));
            Path saved = dir.resolve("saved.md");
            Path section = dir.resolve("section.md");

            assertThat(run("sheet", "-w", ws.toString(), "--saved", "hm round", "--out", saved.toString())).isZero();
            assertThat(run("sheet", "-w", ws.toString(), "--section", "behavioural /  likely questions",
                    "--group", "section", "--out", section.toString())).isZero();

            assertThat(Files.readString(saved, StandardCharsets.UTF_8)).startsWith("# HM round\n\n*Lumina · 12 March*")
                    .contains("## Likely questions").doesNotContain("## Stories");
            assertThat(Files.readString(section)).contains("## Behavioural / Likely questions")
                    .doesNotContain("## Behavioural / Stories");
        }
    }

    @Test
    void saveStoresTheSelectionUnderAName() {
        Path target = dir.resolve("s.html");

        assertThat(run("sheet", "-w", ws.toString(), "--tag", "onsite", "--kind", "story", "--order", "weakest",
                "--save", "Stories only", "--out", target.toString())).isZero();

        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            SheetSpec s = new SheetStore(w).findByName("stories only").orElseThrow();
            assertThat(s.tags()).containsExactly("onsite");
            assertThat(s.kinds()).containsExactly(Kind.STORY);
            assertThat(s.order()).isEqualTo(SheetSpec.Order.WEAKEST_FIRST);
        }
        assertThat(out.toString()).contains("saved the selection as \"Stories only\"");
    }
}
