package org.prepdesk.history;

import java.nio.file.Path;
import org.prepdesk.model.Note;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;

/**
 * The child JVM of {@link HistoryKillTest}: saves one note again and again and commits (and, in sync
 * mode, syncs) after each save, printing each step once it is done, until it is killed.
 * Arguments: {@code commit|sync WORKSPACE NOTE_ID FIRST_VERSION}.
 */
public final class HistoryKillChildMain {
    private HistoryKillChildMain() {
    }

    public static void main(String[] args) {
        boolean sync = args[0].equals("sync");
        Path dir = Path.of(args[1]);
        String id = args[2];
        long first = Long.parseLong(args[3]);
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE);
                History h = History.open(dir, true).orElseThrow()) {
            System.out.println("ready");
            for (long v = first; ; v++) {
                Note n = ws.note(id).orElseThrow();
                ws.updateNote(n.withStar(new Star("version " + v, "", "", "")).withBody("body ".repeat((int) (v % 500))));
                System.out.println("saved " + v);
                h.commitAll(null).ifPresent(c -> System.out.println("committed " + c.version()));
                if (sync) {
                    h.sync(null, s -> { });
                    System.out.println("synced " + v);
                }
            }
        }
    }
}
