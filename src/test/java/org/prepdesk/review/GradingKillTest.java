package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Rehearsal;
import org.prepdesk.store.ChildJvm;
import org.prepdesk.review.RehearsalStore;
import org.prepdesk.store.Workspace;

/**
 * Kills a child JVM that records reviews in a loop with SIGKILL at random moments (as the store's
 * CrashTest does for notes) and checks after each kill that the rehearsal file still parses and
 * holds every acknowledged review, plus at most the one in flight.
 */
@Tag("slow")
class GradingKillTest {
    @TempDir
    Path dir;

    @Test
    void aKillDuringGradingLosesAtMostTheReviewInFlight() throws Exception {
        int kills = Integer.getInteger("prepdesk.rehearsal.kills", 10);
        Path root = dir.resolve("ws");
        String noteId;
        try (Workspace ws = Workspace.create(root, "kill")) {
            noteId = ws.createNote(ws.createSection(null, "S").id(), Note.draft(Kind.STORY, "Told aloud")).id();
        }
        Random random = new Random(Long.getLong("prepdesk.rehearsal.seed", System.nanoTime()));
        long acked = 0;
        int inFlight = 0;
        for (int k = 0; k < kills; k++) {
            ChildJvm child = ChildJvm.start(GradingChildMain.class, root.toString(), noteId);
            child.expectLine("WARM");
            child.send("GO");
            int wanted = 1 + random.nextInt(30);
            long runAcked = 0;
            boolean grading = false;
            for (String line; (line = child.readLine()) != null; ) {
                if (line.startsWith("GRADED ")) {
                    runAcked++;
                    grading = false;
                    if (runAcked >= wanted) {
                        Thread.sleep(random.nextInt(3));
                        break;
                    }
                } else if (line.startsWith("GRADING ")) {
                    grading = true;
                }
            }
            // SIGKILL through the handle: Process.destroyForcibly would also close our end of its stdout
            child.process().toHandle().destroyForcibly();
            assertThat(child.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
            for (String line; (line = child.readLine()) != null; ) {
                if (line.startsWith("GRADED ")) {
                    runAcked++;
                    grading = false;
                } else if (line.startsWith("GRADING ")) {
                    grading = true;
                }
            }
            child.close();
            acked += runAcked;
            try (Workspace reader = Workspace.open(root, Workspace.Access.READ)) {
                RehearsalStore.Listing l = new RehearsalStore(reader).listing();
                assertThat(l.problems()).as("after kill %d", k).isEmpty();
                Rehearsal r = l.rehearsals().get(noteId);
                int logged = r.log().size();
                assertThat((long) logged).as("after kill %d", k).isBetween(acked, acked + (grading ? 1 : 0));
                if (logged > acked) {
                    inFlight++;
                    acked = logged;   // the review in flight landed; the next run builds on it
                }
                assertThat(r.schedule().reps()).isEqualTo(logged);
            }
        }
        System.out.printf("grading kill test: %d kills, %d reviews on file, %d in-flight reviews that landed%n",
                kills, acked, inFlight);
    }
}
