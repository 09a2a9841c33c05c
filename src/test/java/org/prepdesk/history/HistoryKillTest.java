package org.prepdesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prepdesk.history.Workspaces.story;
import static org.prepdesk.history.Workspaces.withHistory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Note;
import org.prepdesk.store.ChildJvm;
import org.prepdesk.store.Workspace;

/**
 * Kills a child JVM with SIGKILL while it commits, and while it syncs, at random moments; after each
 * kill the workspace passes check, the repository passes a JGit fsck, the next commit and sync work,
 * and nothing acknowledged is lost: the last acknowledged save is on disk (or the one in flight), and
 * every acknowledged commit (and push) is still there. {@code -Dprepdesk.history.kills=N} per mode.
 */
@Tag("slow")
class HistoryKillTest {
    private static final int KILLS = Integer.getInteger("prepdesk.history.kills", 12);

    @TempDir
    Path dir;

    @Test
    void killedWhileCommittingTheWorkspaceAndItsHistoryStayWhole() throws Exception {
        killLoop("commit");
    }

    @Test
    void killedWhileSyncingTheWorkspaceItsHistoryAndTheRemoteStayWhole() throws Exception {
        killLoop("sync");
    }

    private void killLoop(String mode) throws Exception {
        Path remote = dir.resolve("r.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        Path wsDir = dir.resolve("ws");
        String id;
        try (Workspace ws = withHistory(wsDir, "laptop"); History h = History.open(wsDir, true).orElseThrow()) {
            id = story(ws, "Stories", "Pager storm", "version 0").id();
            h.sync(remote.toString(), s -> { });
        }
        Random random = new Random(42);
        long next = 1;
        for (int kill = 0; kill < KILLS; kill++) {
            Acknowledged seen = new Acknowledged();
            try (ChildJvm child = ChildJvm.start(HistoryKillChildMain.class, mode, wsDir.toString(), id, String.valueOf(next))) {
                child.expectLine("ready");
                int steps = 2 + random.nextInt(12);
                while (seen.saves < steps) {
                    String line = child.readLine();
                    assertThat(line).as("the child ended early").isNotNull();
                    seen.take(line);
                }
                Thread.sleep(random.nextInt(40));
                // SIGKILL through the handle: Process.destroyForcibly would also close our end of its output
                child.process().toHandle().destroyForcibly();
                child.process().waitFor();
                // the child went on saving while we slept: what it acknowledged before dying is still in the pipe
                for (String line = child.readLine(); line != null; line = child.readLine()) {
                    seen.take(line);
                }
            }
            long lastSaved = seen.lastSaved;
            List<String> committed = seen.committed;
            long lastSynced = seen.lastSynced;
            assertThat(lastSaved).isGreaterThan(0);
            next = lastSaved + 2; // the one in flight may have been lost, never an acknowledged one
            try (Workspace ws = Workspace.open(wsDir, Workspace.Access.WRITE)) {
                assertThat(ws.problems()).isEmpty();
                String situation = ws.note(id).orElseThrow().star().situation();
                long onDisk = Long.parseLong(situation.substring("version ".length()));
                assertThat(onDisk).isBetween(lastSaved, lastSaved + 1);
                try (History h = History.open(wsDir, true).orElseThrow()) {
                    assertThat(h.verify()).isEmpty();
                    for (String version : committed) {
                        assertThat(isAncestorOfHead(wsDir, version)).as("commit " + version).isTrue();
                    }
                    h.commitAll(null); // usable: the next commit and sync go through
                    if (mode.equals("sync")) {
                        h.sync(null, s -> { });
                    }
                }
            }
            if (lastSynced > 0) {
                try (Repository r = Git.open(remote.toFile()).getRepository()) {
                    assertThat(versionOnRemote(r, id)).isGreaterThanOrEqualTo(lastSaved);
                }
            }
        }
        try (Workspace ws = Workspace.openReadingEveryFile(wsDir)) {
            assertThat(ws.problems()).isEmpty();
        }
    }

    private static boolean isAncestorOfHead(Path wsDir, String version) throws Exception {
        try (Git git = Git.open(wsDir.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            ObjectId c = git.getRepository().resolve(version);
            return c != null && walk.isMergedInto(walk.parseCommit(c), walk.parseCommit(git.getRepository().resolve("HEAD")));
        }
    }

    private static long versionOnRemote(Repository r, String id) throws Exception {
        try (RevWalk walk = new RevWalk(r); org.eclipse.jgit.lib.ObjectReader reader = r.newObjectReader()) {
            byte[] bytes = NoteVersions.blobAt(reader, walk.parseCommit(r.resolve("refs/heads/main")),
                    NoteVersions.notePath(id));
            Note n = new org.prepdesk.store.JsonCodec().decodeNote(bytes).value();
            return Long.parseLong(n.star().situation().substring("version ".length()));
        }
    }

    /** What the child said it had done: only a whole line counts (one cut off by the kill is not an acknowledgement). */
    private static final class Acknowledged {
        long lastSaved = -1;
        long lastSynced = -1;
        int saves;
        final List<String> committed = new ArrayList<>();

        void take(String line) {
            try {
                if (line.startsWith("saved ")) {
                    lastSaved = Long.parseLong(line.substring(6));
                    saves++;
                } else if (line.startsWith("committed ")) {
                    committed.add(line.substring(10));
                } else if (line.startsWith("synced ")) {
                    lastSynced = Long.parseLong(line.substring(7));
                }
            } catch (NumberFormatException e) {
                // a line torn by the kill
            }
        }
    }
}
