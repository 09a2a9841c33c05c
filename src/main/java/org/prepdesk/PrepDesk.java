package org.prepdesk;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.prepdesk.cli.PrepDeskCli;
import org.prepdesk.ui.OutlineImport;
import org.prepdesk.ui.WindowLauncher;

/** The one entry point: no command (or only --workspace) opens the window, a command runs the CLI. */
public final class PrepDesk {
    private PrepDesk() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            // the common case, opening the window, skips building the command line: it saves most of a second
            int code = openWindow(windowOnly(args));
            if (code != WINDOW_RUNNING) {
                System.exit(code);
            }
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = PrepDeskCli.run(args, PrepDesk::openWindow, out, err);
        if (code != WINDOW_RUNNING) {
            System.exit(code);
        }
    }

    /** True when the arguments ask for the window and nothing else. */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || windowOnly(args) != null;
    }

    /**
     * The workspace to open when the arguments ask for the window and nothing else; else null (with
     * no arguments and no default: the window chooses, the last workspace or the welcome view).
     */
    static Path windowOnly(String[] args) {
        String dir = null;
        if (args.length == 0) {
            dir = System.getProperty(PrepDeskCli.DEFAULT_WORKSPACE_PROPERTY);
        } else if (args.length == 2 && (args[0].equals("--workspace") || args[0].equals("-w"))
                && !args[1].startsWith("-")) {
            dir = args[1];
        } else if (args.length == 1 && args[0].startsWith("--workspace=") && args[0].length() > 12) {
            dir = args[0].substring(12);
        }
        return dir == null ? null : Path.of(dir);
    }

    /** Returned by the window opener: the window keeps the JVM alive and exits by itself. */
    static final int WINDOW_RUNNING = -1;

    private static Integer openWindow(Path workspace) {
        // lambdas, not an inner class: they compile into this class, the one place outside cli that prints
        WindowLauncher.Host host = WindowLauncher.Host.of(line -> System.err.println(line),
                line -> System.err.println(line), System::exit);
        int code = WindowLauncher.open(workspace, host, OutlineImport.OUTLINES);
        return code == WindowLauncher.RUNNING ? WINDOW_RUNNING : code;
    }
}
