package org.prepdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stdin is an interactive terminal, so {@code add} knows if it may wait for a body there. */
final class Terminal {
    private Terminal() {
    }

    static boolean stdinIsTerminal() {
        try {
            // Linux and friends: where fd 0 points. System.console() alone also turns null
            // when only stdout is redirected, which would make add wait on a terminal.
            Path fd0 = Path.of("/proc/self/fd/0");
            if (Files.exists(fd0)) {
                String target = Files.readSymbolicLink(fd0).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (Exception e) {
            // fall through to the portable guess
        }
        return System.console() != null;
    }
}
