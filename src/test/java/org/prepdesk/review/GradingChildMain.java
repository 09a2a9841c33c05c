package org.prepdesk.review;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import org.prepdesk.model.Grade;
import org.prepdesk.store.Workspace;

/**
 * Run in a child JVM by {@link GradingKillTest}: records reviews of one note in a loop until it is
 * killed, printing {@code GRADING n} before each and {@code GRADED n} after, flushed, so the parent
 * knows which reviews were acknowledged and which was in flight. Waits for {@code GO} on stdin
 * first, so JVM start-up stays out of the kill window.
 */
public final class GradingChildMain {
    private GradingChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String noteId = args[1];
        PrintStream out = System.out;
        out.println("WARM");
        out.flush();
        String go = new BufferedReader(new InputStreamReader(System.in)).readLine();
        if (go == null || !go.equals("GO")) {
            return;
        }
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            Rehearsals rehearsals = new Rehearsals(ws);
            Instant at = Instant.parse("2026-12-01T09:00:00Z");
            for (long n = 0; ; n++) {
                out.println("GRADING " + n);
                out.flush();
                rehearsals.grade(noteId, Grade.values()[(int) (n % 4)], (int) (n % 150), at.plusSeconds(3600 * n));
                out.println("GRADED " + n);
                out.flush();
            }
        }
    }
}
