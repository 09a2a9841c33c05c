package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.store.Workspace;

class ArgumentTextTest {
    @TempDir
    Path dir;

    @Test
    void anArgumentThatLostItsTextUnderAnAsciiLocaleIsRefused() {
        String[] mangled = {"add", "--title", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"};
        assertThat(ArgumentText.unreadable(mangled, "ANSI_X3.4-1968")).hasValueSatisfying(m ->
                assertThat(m).contains("ANSI_X3.4-1968", "nothing was done", "LANG=C.UTF-8"));
        assertThat(ArgumentText.unreadable(new String[] {"add", "--title", "数据质量"}, "ANSI_X3.4-1968")).isEmpty();
        assertThat(ArgumentText.unreadable(mangled, "UTF-8")).as("typed as such under UTF-8").isEmpty();
    }

    @Test
    void aCommandRunUnderTheCLocaleWithAChineseTitleWritesNothingAndSaysWhy() throws Exception {
        Path ws = dir.resolve("ws");
        Workspace.create(ws, "ws").close();
        Run c = prepdesk(Map.of("LC_ALL", "C"), "add", "--workspace", ws.toString(), "--section", "面试",
                "--kind", "story", "--title", "数据质量");
        assertThat(c.code).isEqualTo(2);
        assertThat(c.err).contains("not UTF-8", "LANG=C.UTF-8");
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.notes()).isEmpty();
        }
    }

    private record Run(int code, String err) {
    }

    /** The real entry point in a fresh JVM with only the given locale variables (none of the caller's). */
    private static Run prepdesk(Map<String, String> locale, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.prepdesk.PrepDesk"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        pb.environment().putAll(locale);
        Process p = pb.start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getInputStream().readAllBytes();
        return new Run(p.waitFor(), err);
    }
}
