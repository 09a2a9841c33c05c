package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/**
 * Kills a child JVM that saves notes in a loop with SIGKILL at random moments, then checks that
 * every note equals its last acknowledged version or the one in flight: never torn, never empty,
 * never an acknowledged save missing. 200 kills by default; {@code -Dprepdesk.crash.kills=N} for more.
 */
@Tag("slow")
class CrashTest {
    private static final int NOTES = 3;

    @TempDir
    Path dir;

    /** The content of save number {@code n}: every field says n, and the body size varies. */
    static Note version(Note base, long n) {
        int size = (int) ((n * 7919) % 24_000);
        StringBuilder body = new StringBuilder("v").append(n).append(' ');
        while (body.length() < size) {
            body.append("save ").append(n).append(" 可扩展性 ");
        }
        return base.withTitle("title v" + n).withBody(body.toString()).withCues(List.of("cue" + n))
                .withTags(List.of("t" + n)).withConfidence((int) (n % 6));
    }

    private static long versionOf(Note n) {
        String t = n.title();
        assertThat(t).startsWith("title v");
        long v = Long.parseLong(t.substring("title v".length()));
        return v;
    }

    /** What one kill loop saw. */
    private record Tally(int kills, long ackedSaves, int killedMidSave) {
    }

    @Test
    void notesSurviveSigkillAtRandomMomentsWithNothingTornOrLost() throws Exception {
        int kills = Integer.getInteger("prepdesk.crash.kills", 200);
        // two kill loops on two workspaces: one child starts up while the other saves, on both cores
        int loops = Math.max(1, Math.min(kills, Integer.getInteger("prepdesk.crash.parallel", 2)));
        long seed = Long.getLong("prepdesk.crash.seed", System.nanoTime());
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(loops);
        try {
            List<Future<Tally>> futures = new ArrayList<>();
            for (int i = 0; i < loops; i++) {
                Path ws = Files.createDirectory(dir.resolve("ws" + i));
                int share = kills / loops + (i < kills % loops ? 1 : 0);
                Random random = new Random(seed + i);
                futures.add(pool.submit(() -> killLoop(ws, share, random)));
            }
            long acked = 0;
            int midSave = 0;
            for (Future<Tally> f : futures) {
                Tally t = f.get();
                acked += t.ackedSaves();
                midSave += t.killedMidSave();
            }
            String summary = String.format("crash test: %d kills, %d acknowledged saves, %d kills with a save in flight, "
                    + "0 losses (%d loops, seed %d, %d s)", kills, acked, midSave, loops, seed,
                    (System.nanoTime() - t0) / 1_000_000_000L);
            System.out.println(summary);
            Files.writeString(Path.of("target", "crash-test-result.txt"), summary + "\n");
            assertThat(acked).as("the children must have saved something").isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    private Tally killLoop(Path ws, int kills, Random random) throws Exception {
        Map<String, Long> acked = new HashMap<>();
        try (Workspace w = Workspace.create(ws, "crash")) {
            Section s = w.createSection(null, "Crash");
            for (int i = 0; i < NOTES; i++) {
                Note n = w.createNote(s.id(), Note.draft(Kind.NOTE, "x"));
                w.updateNote(version(n, i));
                acked.put(n.id(), (long) i);
            }
        }
        long next = NOTES;
        long ackedSaves = 0;
        int killedMidSave = 0;
        ChildJvm nextChild = ChildJvm.start(CrashSaverMain.class, ws.toString());
        try {
            for (int kill = 0; kill < kills; kill++) {
                Map<String, Long> inFlight = new HashMap<>();
                try (ChildJvm child = nextChild) {
                    child.expectLine("WARM");
                    child.send("GO " + next);
                    child.expectLine("READY");
                    // the next child starts up while this one saves and is checked
                    nextChild = kill + 1 < kills ? ChildJvm.start(CrashSaverMain.class, ws.toString()) : null;
                    Thread.sleep(20 + random.nextInt(181));
                    // SIGKILL through the handle: Process.destroyForcibly would also close our end of its stdout
                    child.process().toHandle().destroyForcibly();
                    child.process().waitFor();
                    for (String line; (line = child.readLine()) != null; ) {
                        String[] p = line.split(" ");
                        assertThat(p[0]).as("child said: %s", line).isIn("SAVING", "SAVED");
                        long v = Long.parseLong(p[2]);
                        next = Math.max(next, v + 1);
                        if (p[0].equals("SAVING")) {
                            inFlight.put(p[1], v);
                        } else {
                            inFlight.remove(p[1]);
                            acked.put(p[1], v);
                            ackedSaves++;
                        }
                    }
                }
                killedMidSave += inFlight.isEmpty() ? 0 : 1;
                verify(ws, kill, acked, inFlight);
            }
        } finally {
            if (nextChild != null) {
                nextChild.process().toHandle().destroyForcibly();
                nextChild.close();
            }
        }
        return new Tally(kills, ackedSaves, killedMidSave);
    }

    private static void verify(Path dir, int kill, Map<String, Long> acked, Map<String, Long> inFlight) throws Exception {
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            assertThat(ws.problems()).as("after kill %d", kill).isEmpty();
            assertThat(ws.noteCount()).isEqualTo(NOTES);
            for (Note n : ws.notes()) {
                long v = versionOf(n);
                Long expectedFlight = inFlight.get(n.id());
                assertThat(v).as("version of %s after kill %d", n.id(), kill)
                        .isIn(acked.get(n.id()), expectedFlight == null ? acked.get(n.id()) : expectedFlight);
                assertThat(n.sameContentAs(version(n, v))).as("content of %s v%d", n.id(), v).isTrue();
                acked.put(n.id(), v);
            }
        }
        try (Stream<Path> files = Files.list(dir.resolve("notes"))) {
            assertThat(files.filter(AtomicFiles::isTemp)).isEmpty();
        }
    }
}
