package org.prepdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.store.ChildJvm;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/**
 * SIGKILLs a child JVM that drops, rebuilds and reopens the index of a 1,500-note workspace at random
 * moments; after every kill the index opens (rebuilt when it has to be) and every query of
 * {@link SearchFixtures#QUERIES} gives what a fresh build in another folder gives.
 * {@code -Dprepdesk.crash.indexKills=N} for more kills than the default 20.
 */
@Tag("slow")
class IndexRebuildKillTest {
    private static final int NOTES = 1500;

    @TempDir
    Path dir;

    @Test
    void anIndexKilledWhileBeingRebuiltOpensAndSearchesLikeAFreshBuild() throws Exception {
        int kills = Integer.getInteger("prepdesk.crash.indexKills", 20);
        long seed = Long.getLong("prepdesk.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        long t0 = System.nanoTime();
        Path ws = SearchFixtures.seededWorkspace(dir.resolve("ws"), NOTES, 7);
        long seeded = System.nanoTime();
        Map<String, List<String>> fresh = SearchFixtures.freshBuildResults(ws, dir.resolve("fresh"));
        System.out.printf("seeding %d ms, fresh build %d ms%n", (seeded - t0) / 1_000_000, (System.nanoTime() - seeded) / 1_000_000);
        assertThat(fresh.values().stream().filter(ids -> !ids.isEmpty()).count()).isGreaterThanOrEqualTo(SearchFixtures.QUERIES.size() - 1);

        int unsound = 0;
        int midRebuild = 0;
        ChildJvm child = startChild(ws);
        for (int k = 0; k < kills; k++) {
            child.send("GO");
            LastLine last = new LastLine(child);
            last.waitFor("STARTED");
            Thread.sleep(random.nextInt(1800));
            String when = last.get();
            child.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            last.join();
            if (when != null && (when.startsWith("R ") || when.startsWith("P ") || when.equals("DROPPED"))) {
                midRebuild++;
            }
            ChildJvm next = k + 1 < kills ? startChild(ws) : null;   // starts up while this kill is checked
            if (!soundOnDisk(ws)) {
                unsound++;
            }
            try (Workspace w = Workspace.open(ws, Workspace.Access.WRITE); NoteIndex index = NoteIndex.open(w, IndexProgress.NONE)) {
                assertThat(w.problems()).isEmpty();
                assertThat(index.size()).as("kill %d (last line %s)", k, when).isEqualTo(NOTES);
                assertThat(SearchFixtures.results(index)).as("kill %d (last line %s)", k, when).isEqualTo(fresh);
            }
            child.close();
            child = next;
        }
        String summary = String.format("index rebuild kill test: %d kills, %d found the on-disk index unusable (rebuilt on open), "
                + "%d landed while the index was being dropped or built, 0 wrong results; seed %d; %d s",
                kills, unsound, midRebuild, seed, (System.nanoTime() - t0) / 1_000_000_000L);
        System.out.println(summary);
        java.nio.file.Files.writeString(Path.of("target", "index-kill-test-result.txt"), summary + "\n");
    }

    private static ChildJvm startChild(Path ws) throws IOException {
        ChildJvm c = ChildJvm.start(RebuildChildMain.class, ws.toString());
        String ready = c.readLine();
        assertThat(ready).startsWith("READY");
        return c;
    }

    /** Whether the index left on disk is complete, of this version and passes its checksums. */
    private static boolean soundOnDisk(Path ws) {
        try (FSDirectory d = FSDirectory.open(ws.resolve(WorkspaceLayout.INDEX)); DirectoryReader r = DirectoryReader.open(d)) {
            if (!String.valueOf(NoteField.INDEX_VERSION).equals(r.getIndexCommit().getUserData().get(NoteField.VERSION_KEY))
                    || r.numDocs() != NOTES) {
                return false;
            }
            for (LeafReaderContext ctx : r.leaves()) {
                ctx.reader().checkIntegrity();
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads the child's output on a thread, keeping the last line. */
    private static final class LastLine extends Thread {
        private final ChildJvm child;
        private volatile String last;

        LastLine(ChildJvm child) {
            this.child = child;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            try {
                for (String line; (line = child.readLine()) != null; ) {
                    last = line;
                    synchronized (this) {
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        }

        synchronized void waitFor(String line) throws InterruptedException {
            long end = System.currentTimeMillis() + 60_000;
            while (!line.equals(last) && last == null && System.currentTimeMillis() < end && isAlive()) {
                wait(100);
            }
        }

        String get() {
            return last;
        }
    }
}
