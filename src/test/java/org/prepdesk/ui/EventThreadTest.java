package org.prepdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prepdesk.ui.WindowTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Note;
import org.prepdesk.store.FileOps;

/**
 * Typing in a note of a 10,000-note workspace: every file write happens off the event thread, and
 * a watchdog pinging the event thread sees it answer quickly throughout.
 */
@Tag("gui")
class EventThreadTest {
    @TempDir
    Path tmp;

    /** Records which thread each write ran on. */
    private static final class RecordingOps implements FileOps {
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void writeAndSync(Path tmp, byte[] data) throws IOException {
            threads.add(Thread.currentThread().getName() + (SwingUtilities.isEventDispatchThread() ? " (EDT)" : ""));
            FileOps.DISK.writeAndSync(tmp, data);
        }

        @Override
        public void rename(Path tmp, Path target) throws IOException {
            FileOps.DISK.rename(tmp, target);
        }

        @Override
        public void syncDirectory(Path dir) throws IOException {
            FileOps.DISK.syncDirectory(dir);
        }
    }

    @Test
    void typingInALargeWorkspaceNeverWritesOnTheEventThreadNorStallsIt() throws Exception {
        typeInALargeWorkspace(false);
    }

    /** The same with history on, its commits made during the typing (a 1 s quiet spell instead of 30 s). */
    @Test
    void typingWithHistoryOnIsNoSlower() throws Exception {
        String before = System.getProperty("prepdesk.history.idleMillis");
        System.setProperty("prepdesk.history.idleMillis", "1000");
        try {
            typeInALargeWorkspace(true);
        } finally {
            if (before == null) {
                System.clearProperty("prepdesk.history.idleMillis");
            } else {
                System.setProperty("prepdesk.history.idleMillis", before);
            }
        }
    }

    private void typeInALargeWorkspace(boolean history) throws Exception {
        WindowTestSupport.assumeDisplay();
        Path dir = Workspaces.large(tmp.resolve("large"), 10_000);
        if (history) {
            org.prepdesk.history.History.enable(dir, null).close();
        }
        RecordingOps ops = new RecordingOps();
        try (WindowTestSupport app = new WindowTestSupport(dir)) {
            FrameFixture window = app.open(ops);
            Note note = app.ws.notes().get(0);
            GuiActionRunner.execute(() -> {
                app.workbench.tree.select(note.id());
                app.workbench.editors.open(note);
            });
            AtomicLong worst = new AtomicLong();
            Thread watchdog = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long t0 = System.nanoTime();
                    try {
                        SwingUtilities.invokeAndWait(() -> { });
                        worst.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, "edt-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            String typed = " Typing while ten thousand notes wait on disk, with pauses for autosave.";
            for (String part : typed.split("(?<=,)")) {
                window.textBox("bodyArea").enterText(part);
                Thread.sleep(NoteEditor.AUTOSAVE_DELAY_MS + 300); // let an autosave run between bursts
            }
            Path file = app.ws.fileOfNote(note.id());
            waitUntil("saved", () -> read(file).contains("pauses for autosave."));
            int commits = history ? commitsAfterTheFirst(dir) : 0;
            watchdog.interrupt();
            if (history) {
                assertThat(commits).as("commits made while typing").isPositive();
            }

            assertThat(ops.threads).as("writes happened").isNotEmpty();
            assertThat(ops.threads).as("threads that wrote").noneMatch(t -> t.contains("(EDT)"))
                    .allMatch(t -> t.equals("prepdesk-worker"));
            assertThat(worst.get()).as("worst event-thread delay in ms while typing").isLessThan(1000);
            System.out.println("EventThreadTest" + (history ? " (history on, " + commits + " commits while typing)" : "")
                    + ": worst EDT delay while typing " + worst.get() + " ms; writes on "
                    + ops.threads.stream().distinct().toList());
        }
    }

    private static int commitsAfterTheFirst(Path dir) throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(dir.toFile())) {
            int n = 0;
            for (var c : git.log().call()) {
                n++;
            }
            return n - 1;
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return "";
        }
    }
}
