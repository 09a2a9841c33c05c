package org.prepdesk.store;

import java.nio.file.Path;

/** Run in a fresh JVM by the load benchmark: prints how long {@code Workspace.open} (READ) took. */
public final class WorkspaceLoadMain {
    private WorkspaceLoadMain() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(Path.of(args[0]), Workspace.Access.READ)) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("OPEN " + ms + " " + ws.noteCount() + " " + ws.problems().size());
        }
    }
}
