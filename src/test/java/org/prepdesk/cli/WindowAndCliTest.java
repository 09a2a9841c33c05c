package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.PrepDesk;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.search.IndexProgress;
import org.prepdesk.search.NoteIndex;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.Workspace;

/**
 * A window (the workspace held with holder "window" and its index open, in this JVM) and the command
 * line in other processes: a CLI writer is refused with exit 2 naming the window; a CLI search still
 * works and finds what the window saved a moment before (before the window's index committed it).
 */
class WindowAndCliTest {
    @TempDir
    Path tmp;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome cli(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                PrepDesk.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Outcome(p.exitValue(), out, new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void aCliWriterIsToldAboutTheWindowAndACliSearchFindsWhatTheWindowJustSaved() throws Exception {
        Path dir = tmp.resolve("ws");
        String ws = dir.toString();
        Workspace.create(dir, "shared").close();
        try (Workspace window = Workspace.open(dir, Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "window");
                NoteIndex index = NoteIndex.open(window, IndexProgress.NONE)) {
            Section s = window.createSection(null, "Distributed systems");
            Note old = window.createNote(s.id(), Note.draft(Kind.TALKING_POINT, "Queue backlog").withBody("We drained the backlog."));
            window.createNote(s.id(), Note.draft(Kind.NOTE, "Unrelated").withBody("Nothing here."));
            index.awaitPending();

            // saved by the window a moment before the search: not yet committed by the window's index
            Note edited = window.updateNote(old.withBody("A Kafka rebalancing storm stalled the consumers."));
            Note fresh = window.createNote(s.id(), Note.draft(Kind.STORY, "Rebalancing postmortem").withBody("Cooperative rebalancing fixed it."));

            Outcome found = cli("search", "--workspace", ws, "--json", "rebalancing");
            assertThat(found.code()).as(found.err()).isZero();
            assertThat(found.out()).contains(edited.id()).contains(fresh.id()).doesNotContain("Unrelated");
            Outcome gone = cli("search", "--workspace", ws, "--json", "drained");
            assertThat(gone.code()).isZero();
            assertThat(gone.out()).as("the window's edit replaced the old text").doesNotContain(old.id());

            Outcome add = cli("add", "--workspace", ws, "--section", "Distributed systems", "--kind", "note", "--title", "from the CLI");
            assertThat(add.code()).isEqualTo(2);
            assertThat(add.err().strip())
                    .isEqualTo("prepdesk add: the workspace is open in a PrepDesk window; close it and try again");

            assertThat(window.noteCount()).isEqualTo(3);
            assertThat(index.search("rebalancing", 10).hits()).hasSize(2);
            Note later = window.createNote(s.id(), Note.draft(Kind.NOTE, "After the refusal"));
            assertThat(window.note(later.id())).isPresent();
        }
        Outcome add = cli("add", "--workspace", ws, "--section", "Distributed systems", "--kind", "note", "--title", "from the CLI");
        assertThat(add.code()).as("once the window closes the CLI writes").isZero();
    }
}
