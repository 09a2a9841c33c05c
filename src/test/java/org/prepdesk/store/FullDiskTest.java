package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.cli.PrepDeskCli;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;

/**
 * A real full disk: a 1 MB tmpfs, filled up. Needs root and permission to mount (CI runs as root);
 * skipped where mounting is not allowed.
 */
class FullDiskTest {
    @TempDir
    Path tmp;

    private Path mount;
    private boolean mounted;

    private static int run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    @BeforeEach
    void mountSmallTmpfs() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "needs Linux tmpfs");
        mount = Files.createDirectory(tmp.resolve("small"));
        int rc;
        try {
            rc = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString());
        } catch (IOException e) {
            rc = -1;
        }
        mounted = rc == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (needs root and mount permission)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            if (run("umount", mount.toString()) != 0) {
                run("umount", "-l", mount.toString());
            }
        }
    }

    /** Writes a filler file until the disk refuses; returns it. */
    private Path fill() throws IOException {
        Path filler = mount.resolve("filler.bin");
        byte[] chunk = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 10_000; i++) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left");
            return filler;
        }
        throw new AssertionError("a 1 MB tmpfs took 40 MB");
    }

    @Test
    void savingOnAFullDiskKeepsTheOldFileAndSaysNoSpaceLeft() throws Exception {
        Path dir = mount.resolve("ws");
        try (Workspace ws = Workspace.create(dir, "full")) {
            Note n = ws.createNote(ws.createSection(null, "A").id(), Note.draft(Kind.STORY, "Saved").withBody("old body"));
            Path file = ws.fileOfNote(n.id());
            byte[] before = Files.readAllBytes(file);
            Path filler = fill();
            Note edited = n.withBody("new text ".repeat(20_000));
            assertThatThrownBy(() -> ws.updateNote(edited)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.reason()).isEqualTo(StoreException.Reason.WRITE_FAILED);
                assertThat(e.getMessage()).isEqualTo("cannot save \"Saved\": no space left on the disk");
            });
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(ws.note(n.id())).contains(n);
            try (var files = Files.list(dir.resolve("notes"))) {
                assertThat(files.filter(AtomicFiles::isTemp)).isEmpty();
            }
            Files.delete(filler);
            assertThat(ws.updateNote(edited).body()).isEqualTo(edited.body());
        }
        try (Workspace ws = Workspace.open(dir, Workspace.Access.READ)) {
            assertThat(ws.problems()).isEmpty();
            assertThat(ws.notes()).singleElement().satisfies(n -> assertThat(n.body()).startsWith("new text"));
        }
    }

    @Test
    void theCommandLineSaysSoInOneLineWithExitTwo() throws Exception {
        Path dir = mount.resolve("ws");
        Workspace.create(dir, "full").close();
        fill();
        Path body = tmp.resolve("body.md");
        Files.writeString(body, "x".repeat(300_000));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PrepDeskCli.run(new String[] {"add", "--workspace", dir.toString(), "--section", "A", "--kind", "note",
            "--title", "Too big", "--body", body.toString()}, p -> 2, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no space left on the disk").doesNotContain("Exception");
        assertThat(err.toString().lines().toList()).hasSize(1);
        try (Workspace ws = Workspace.open(dir, Workspace.Access.READ)) {
            assertThat(ws.problems()).isEmpty();
            assertThat(ws.notes()).extracting(Note::title).isEqualTo(List.of());
        }
    }
}
