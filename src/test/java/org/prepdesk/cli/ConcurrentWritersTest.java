package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.PrepDesk;
import org.prepdesk.store.ChildJvm;
import org.prepdesk.store.LockHolderMain;
import org.prepdesk.store.Workspace;

/** Two prepdesk processes writing one workspace: one writes, the other is told clearly. */
class ConcurrentWritersTest {
    private static final String LOCKED = "the workspace is open in another prepdesk command; close it and try again";

    @TempDir
    Path tmp;

    private record Outcome(int code, String out, String err) {
    }

    private static Process startCli(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                PrepDesk.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        return p;
    }

    private static Outcome finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Outcome(p.exitValue(), out, err);
    }

    @Test
    void aCliWriterIsRefusedWithExitTwoWhileAnotherCommandHoldsTheLock() throws Exception {
        Path ws = tmp.resolve("ws");
        Workspace.create(ws, "two").close();
        try (ChildJvm holder = ChildJvm.start(LockHolderMain.class, ws.toString(), "command")) {
            holder.expectLine("locked");
            Outcome o = finish(startCli("add", "--workspace", ws.toString(), "--section", "A", "--kind", "note", "--title",
                    "second writer"));
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err().strip()).isEqualTo("prepdesk add: " + LOCKED);
            Outcome list = finish(startCli("list", "--workspace", ws.toString(), "--json"));
            assertThat(list.code()).isZero();
        }
    }

    @Test
    void twoCliWritersStartedTogetherNeverBothWriteAndTheLoserIsTold() throws Exception {
        Path ws = tmp.resolve("ws");
        Workspace.create(ws, "race").close();
        int written = 0;
        for (int round = 0; round < 3; round++) {
            Process a = startCli("add", "--workspace", ws.toString(), "--section", "A", "--kind", "note", "--title", "a" + round);
            Process b = startCli("add", "--workspace", ws.toString(), "--section", "A", "--kind", "note", "--title", "b" + round);
            for (Outcome o : List.of(finish(a), finish(b))) {
                if (o.code() == 0) {
                    assertThat(o.out().strip()).matches("n[0-9a-z]{12}");
                    written++;
                } else {
                    assertThat(o.code()).as(o.err()).isEqualTo(2);
                    assertThat(o.err().strip()).isEqualTo("prepdesk add: " + LOCKED);
                }
            }
        }
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.problems()).isEmpty();
            assertThat(w.noteCount()).isEqualTo(written);
            // however the race went, "A" exists once: no two writers made it at the same time
            assertThat(w.children(null)).hasSize(1);
        }
    }
}
