package org.prepdesk.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by lock tests: opens a workspace for writing, prints "locked", and keeps the
 * lock until its stdin closes (so the child also ends when the test JVM dies).
 */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        try {
            hold(args);
        } catch (StoreException e) {
            System.err.println("lock holder: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void hold(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]), Workspace.Access.WRITE, FileOps.DISK,
                java.time.Clock.systemUTC(), args.length > 1 ? args[1] : "command")) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
