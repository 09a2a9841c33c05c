package org.prepdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Assumptions;
import org.prepdesk.store.BackgroundTaskExecutor;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * Opens a real workbench window on a workspace, with its own preferences node and the real
 * background executor, and closes it the way a user does. Skips when there is no display.
 */
final class WindowTestSupport implements AutoCloseable {
    final Path dir;
    final Preferences prefsRoot;
    final Robot robot;
    Workspace ws;
    TaskExecutor exec;
    Workbench workbench;
    FrameFixture window;
    private CountDownLatch closed;

    static void assumeDisplay() {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display: window tests skipped");
        FailOnThreadViolationRepaintManager.install();
    }

    WindowTestSupport(Path dir) {
        this.dir = dir;
        this.prefsRoot = Preferences.userRoot().node("prepdesk-test/" + UUID.randomUUID());
        this.robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
    }

    FrameFixture open() {
        return open(FileOps.DISK);
    }

    FrameFixture open(FileOps ops) {
        FrameFixture f = openWithTree(ops, null);
        waitUntil("search ready", () -> GuiActionRunner.execute(() -> workbench.search.isReady()));
        return f;
    }

    /**
     * Opens the window with the section tree's first nodes coming from {@code firstTree} (null: built
     * at once), as the launcher does; does not wait for the search to be ready.
     */
    FrameFixture openWithTree(FileOps ops, java.util.concurrent.CompletionStage<TreeBuilder> firstTree) {
        ws = Workspace.open(dir, Workspace.Access.WRITE, ops, Clock.systemUTC(), "window");
        if (exec == null) { // a test may hand in its own, e.g. one held busy to slow the window's opening
            exec = new BackgroundTaskExecutor();
        }
        closed = new CountDownLatch(1);
        CountDownLatch done = closed;
        GuiActionRunner.execute(() -> Theme.remembered(prefsRoot).install());
        workbench = GuiActionRunner.execute(() -> {
            WorkbenchPrefs prefs = new WorkbenchPrefs(prefsRoot, dir);
            MainWindow frame = new MainWindow(dir, prefs);
            frame.showNow(line -> { });
            Workbench w = new Workbench(frame, ws, exec, prefs, OutlineImport.OUTLINES, () -> {
                exec.close();
                ws.close();
                done.countDown();
            }, firstTree);
            w.start(line -> { });
            return w;
        });
        window = new FrameFixture(robot, workbench.frame);
        return window;
    }

    /** Closes the window as the user would (saving), and waits until the workspace is released. */
    void closeWindow() throws InterruptedException {
        GuiActionRunner.execute(() -> workbench.quit());
        assertThat(closed.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("window closed").isTrue();
        window = null;
        exec = null; // closed with the window; a reopening gets a new one
    }

    static void waitUntil(String what, BooleanSupplier ok) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return ok.getAsBoolean();
            }
        }, Timeout.timeout(Duration.ofSeconds(10).toMillis()));
    }

    @Override
    public void close() throws Exception {
        if (window != null) {
            closeWindow();
        }
        robot.cleanUp();
        try {
            prefsRoot.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // a test node left behind is harmless
        }
    }
}
