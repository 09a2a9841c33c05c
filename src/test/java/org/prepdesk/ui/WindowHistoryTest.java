package org.prepdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prepdesk.ui.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JListFixture;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.history.History;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/** The window's history: saves become commits, File › Sync pushes them, the History view restores a version. */
@Tag("gui")
class WindowHistoryTest {
    @TempDir
    Path tmp;

    @Test
    void syncFromTheWindowPushesTheSavesAndTheHistoryViewRestoresAVersion() throws Exception {
        WindowTestSupport.assumeDisplay();
        Path dir = Workspaces.small(tmp.resolve("ws"));
        Path remote = tmp.resolve("r.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        try (History h = History.enable(dir, null)) {
            h.sync(remote.toString(), s -> { }); // the remote is remembered: File › Sync asks nothing
        }
        try (WindowTestSupport app = new WindowTestSupport(dir)) {
            FrameFixture window = app.open();
            Note note = app.ws.notesInTreeOrder().get(0);
            GuiActionRunner.execute(() -> {
                app.workbench.tree.select(note.id());
                app.workbench.editors.open(note);
            });
            window.textBox("bodyArea").setText("Written in the window, then synced.");
            GuiActionRunner.execute(() -> app.workbench.action("sync").actionPerformed(null));
            waitUntil("pushed", () -> remoteBody(remote, note.id()).contains("Written in the window"));

            GuiActionRunner.execute(() -> app.workbench.action("note-history").actionPerformed(null));
            DialogFixture dialog = window.dialog("historyDialog");
            JListFixture versions = dialog.list("versionList");
            waitUntil("two versions listed", () -> versions.contents().length >= 2);
            waitUntil("the diff of the newest version shown",
                    () -> dialog.textBox("versionDiff").text().contains("Written in the window"));
            if (Boolean.getBoolean("prepdesk.screenshots")) {
                Thread.sleep(500);
                java.awt.Rectangle r = GuiActionRunner.execute(() -> dialog.target().getBounds());
                javax.imageio.ImageIO.write(new java.awt.Robot().createScreenCapture(r), "png",
                        Path.of("target", "history-dialog.png").toFile());
            }
            versions.selectItem(versions.contents().length - 1); // the first version
            dialog.button("restoreVersionButton").click();
            waitUntil("restored", () -> !app.ws.note(note.id()).orElseThrow().body().contains("Written in the window"));
            assertThat(app.ws.note(note.id()).orElseThrow().body()).isEqualTo(note.body());
            dialog.close();
        }
        try (Workspace ws = Workspace.openReadingEveryFile(dir)) {
            assertThat(ws.problems()).isEmpty();
        }
    }

    @Test
    void syncAskedForWhileHistoryIsStillOpeningWaitsForItInsteadOfSayingHistoryIsOff() throws Exception {
        WindowTestSupport.assumeDisplay();
        Path dir = Workspaces.small(tmp.resolve("ws"));
        Path remote = tmp.resolve("r.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        try (History h = History.enable(dir, null)) {
            h.sync(remote.toString(), s -> { });
        }
        try (WindowTestSupport app = new WindowTestSupport(dir)) {
            // the executor is held busy, so the window's index and history cannot open yet
            app.exec = new org.prepdesk.store.BackgroundTaskExecutor();
            java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
            app.exec.run(() -> {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            FrameFixture window = app.openWithTree(org.prepdesk.store.FileOps.DISK, null);
            javax.swing.JProgressBar bar = app.robot.finder().findByName(window.target(), "statusProgress",
                    javax.swing.JProgressBar.class, false);
            Note note = app.ws.notesInTreeOrder().get(0);
            app.ws.updateNote(note.withBody("Saved before history had opened."));
            // as a click would: on the EDT, not waiting for it (a modal message would block a waiting caller)
            javax.swing.SwingUtilities.invokeLater(() -> app.workbench.action("sync").actionPerformed(null));
            waitUntil("the status bar says history is opening",
                    () -> GuiActionRunner.execute(() -> bar.isShowing() && bar.getString().equals("Opening history…")));
            if (Boolean.getBoolean("prepdesk.screenshots")) {
                Thread.sleep(500);
                java.awt.Rectangle r = GuiActionRunner.execute(() -> window.target().getBounds());
                javax.imageio.ImageIO.write(new java.awt.Robot().createScreenCapture(r), "png",
                        Path.of("target", "history-opening.png").toFile());
            }
            hold.countDown();
            waitUntil("pushed", () -> remoteBody(remote, note.id()).contains("Saved before history had opened"));
            assertThat(GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                    .filter(w -> w.isShowing() && w instanceof javax.swing.JDialog).count())).as("no message shown").isZero();
        }
    }

    @Test
    void aNoteGoneFromTheTrashIsListedUnderDeletedNotesAndRestoresFromThere() throws Exception {
        WindowTestSupport.assumeDisplay();
        Path dir = Workspaces.small(tmp.resolve("ws"));
        Note gone;
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE); History h = History.enable(dir, null)) {
            gone = ws.notesInTreeOrder().get(0);
            ws.trashNote(gone.id());
            h.commitAll(null);
            try (var trashed = java.nio.file.Files.list(dir.resolve("trash/notes"))) {
                for (Path p : trashed.toList()) {
                    java.nio.file.Files.delete(p); // the trash emptied
                }
            }
            h.commitAll(null);
        }
        try (WindowTestSupport app = new WindowTestSupport(dir)) {
            FrameFixture window = app.open();
            assertThat(app.ws.note(gone.id())).isEmpty();
            GuiActionRunner.execute(() -> app.workbench.action("deleted-notes").actionPerformed(null));
            DialogFixture dialog = window.dialog("deletedNotesDialog");
            JListFixture list = dialog.list("deletedList");
            waitUntil("the deleted note listed", () -> list.contents().length == 1);
            assertThat(list.contents()[0]).contains(gone.title());
            dialog.button("restoreDeletedButton").click();
            // restoring saves the last version as the note again, under its own id
            waitUntil("restored", () -> app.ws.note(gone.id()).map(n -> n.body().equals(gone.body())).orElse(false));
            waitUntil("taken off the list", () -> list.contents().length == 0);
        }
    }

    private static String remoteBody(Path remote, String id) {
        try (Git git = Git.open(remote.toFile())) {
            var repo = git.getRepository();
            var head = repo.resolve("refs/heads/main");
            try (var walk = new org.eclipse.jgit.revwalk.RevWalk(repo);
                    var tw = org.eclipse.jgit.treewalk.TreeWalk.forPath(repo, "notes/" + id + ".json",
                            walk.parseCommit(head).getTree())) {
                return tw == null ? "" : new String(repo.open(tw.getObjectId(0)).getBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (Exception e) {
            return "";
        }
    }
}
