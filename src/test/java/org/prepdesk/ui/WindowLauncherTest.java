package org.prepdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.store.Workspace;

/** The window's refusals, which happen before anything is shown (no display needed). */
class WindowLauncherTest {
    @TempDir
    Path tmp;

    private final List<String> messages = new ArrayList<>();
    private final WindowLauncher.Host host = new WindowLauncher.Host() {
        @Override
        public void message(String line) {
            messages.add(line);
        }

        @Override
        public void timing(String line) {
        }

        @Override
        public void exit(int code) {
            throw new AssertionError("must not exit from inside a refusal");
        }
    };

    @Test
    void aSecondWindowOnAnOpenWorkspaceSaysSoAndFails() {
        Path dir = Workspaces.small(tmp.resolve("ws"));
        try (Workspace held = Workspace.open(dir, Workspace.Access.WRITE)) {
            int code = WindowLauncher.open(dir, host, OutlineImport.OUTLINES);
            assertThat(code).isEqualTo(2);
            assertThat(messages).singleElement().asString().contains("already open");
        }
    }
}
