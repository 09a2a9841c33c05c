package org.prepdesk.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link CrashTest}: saves the workspace's notes in a loop through the real
 * {@link Workspace} until it is killed. Before each save it prints {@code SAVING id n}, after it
 * {@code SAVED id n}, each flushed, so the parent knows what was acknowledged and what was in flight.
 * To keep JVM start-up out of the kill loop, it first warms up (reading the workspace, which
 * needs no lock), prints {@code WARM}, and waits for {@code GO n} on stdin before it takes the lock.
 */
public final class CrashSaverMain {
    private CrashSaverMain() {
    }

    public static void main(String[] args) throws java.io.IOException {
        Path dir = Path.of(args[0]);
        PrintStream out = System.out;
        try (Workspace warm = Workspace.open(dir, Workspace.Access.READ)) {
            for (org.prepdesk.model.Note n : warm.notes()) {
                new JsonCodec().decodeNote(new JsonCodec().encodeNote(CrashTest.version(n, 0), null));
            }
        }
        out.println("WARM");
        out.flush();
        String go = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
        if (go == null || !go.startsWith("GO ")) {
            return;
        }
        long counter = Long.parseLong(go.substring(3).strip());
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            List<String> ids = ws.notes().stream().map(n -> n.id()).sorted().toList();
            out.println("READY");
            out.flush();
            for (; ; counter++) {
                String id = ids.get((int) (counter % ids.size()));
                out.println("SAVING " + id + " " + counter);
                out.flush();
                ws.updateNote(CrashTest.version(ws.note(id).orElseThrow(), counter));
                out.println("SAVED " + id + " " + counter);
                out.flush();
            }
        } catch (StoreException e) {
            out.println("FAILED " + e.getMessage());
            out.flush();
            System.exit(2);
        }
    }
}
