package org.prepdesk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/**
 * Child JVM for {@link IndexRebuildKillTest}: opens the workspace and its index again and again,
 * dropping the index first every other round (as {@code prepdesk reindex} does) and rebuilding it
 * in the other rounds, until it is killed. Prints READY once warmed up, waits for GO, then prints what it is doing.
 */
public final class RebuildChildMain {
    private RebuildChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Workspace warm = Workspace.open(dir, Workspace.Access.READ)) {
            System.out.println("READY " + warm.noteCount());
        }
        // The parent checks the previous kill's result while this JVM starts; it says GO when done.
        if (!"GO".equals(new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine())) {
            return;
        }
        System.out.println("STARTED");
        for (int round = 0; ; round++) {
            try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
                if (round % 2 == 0) {
                    deleteTree(ws.root().resolve(WorkspaceLayout.INDEX));
                    System.out.println("DROPPED");
                }
                try (NoteIndex index = NoteIndex.open(ws, (done, total, what) -> System.out.println("P " + done))) {
                    System.out.println("OPENED");
                    index.rebuild((done, total, what) -> System.out.println("R " + done));
                    System.out.println("REBUILT");
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
