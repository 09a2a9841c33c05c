package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        // the title's UTF-8 bytes are made by printf in the shell, as a terminal would send them: a
        // Java argument would be encoded with this JVM's own locale, which may be ASCII too
        String utf8Title = octal("数据质量");
        Run c = prepdeskInShell("add --workspace \"$WS\" --section Stories --kind story --title \"$(printf '"
                + utf8Title + "')\"", ws);
        assertThat(c.code).isEqualTo(2);
        assertThat(c.err).contains("not UTF-8", "LANG=C.UTF-8");
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            assertThat(w.notes()).isEmpty();
        }
    }

    private record Run(int code, String err) {
    }

    private static String octal(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            sb.append('\\').append(Integer.toOctalString(b & 0xff));
        }
        return sb.toString();
    }

    /** The real entry point in a fresh JVM under LC_ALL=C (none of the caller's locale variables), from sh. */
    private static Run prepdeskInShell(String args, Path ws) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "exec \"$JAVA\" -cp \"$CP\" org.prepdesk.PrepDesk " + args
                + " </dev/null");
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        pb.environment().putAll(Map.of("LC_ALL", "C", "WS", ws.toString(), "CP", System.getProperty("java.class.path"),
                "JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Process p = pb.start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getInputStream().readAllBytes();
        return new Run(p.waitFor(), err);
    }
}
