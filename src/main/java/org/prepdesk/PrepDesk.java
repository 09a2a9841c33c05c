package org.prepdesk;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.prepdesk.cli.PrepDeskCli;

/** The one entry point: no command (or only --workspace) opens the window, a command runs the CLI. */
public final class PrepDesk {
    private PrepDesk() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = PrepDeskCli.run(args, PrepDesk::openWindow, out, err);
        if (code != WINDOW_RUNNING) {
            System.exit(code);
        }
    }

    /** Returned by the window opener: the window keeps the JVM alive and exits by itself. */
    static final int WINDOW_RUNNING = -1;

    private static Integer openWindow(Path workspace) {
        System.err.println("prepdesk: the window is not part of this build yet; use a command (prepdesk --help)");
        return 2;
    }
}
