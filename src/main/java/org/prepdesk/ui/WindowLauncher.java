package org.prepdesk.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.prepdesk.store.BackgroundTaskExecutor;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * Opens the window on a workspace: the look and feel is set before any component exists, the
 * workspace is opened (taking the lock) while that happens, then everything else runs on the EDT.
 * This package never prints: messages and timing lines go to the {@link Host} the entry point
 * hands in.
 */
public final class WindowLauncher {
    /** Returned by {@link #open} when the window is up and will end the program itself. */
    public static final int RUNNING = -1;

    /** What the entry point provides: a place for messages and timing lines, and the way out. */
    public interface Host {
        void message(String line);

        void timing(String line);

        void exit(int code);
    }

    private WindowLauncher() {
    }

    /** Opens the window; returns {@link #RUNNING}, or an exit code after printing why it could not. */
    public static int open(Path dir, Host host, OutlineImport importer) {
        CompletableFuture<Workspace> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(Workspace.open(dir, Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "window"));
            } catch (Throwable t) {
                opening.completeExceptionally(t);
            }
        }, "prepdesk-open");
        opener.start();
        Theme.remembered(new WorkbenchPrefs(dir).global()).install();
        Workspace ws;
        try {
            ws = opening.join();
        } catch (Exception e) {
            Throwable t = e.getCause() != null ? e.getCause() : e;
            if (t instanceof StoreException se && se.reason() == StoreException.Reason.LOCKED) {
                host.message("prepdesk: " + se.getMessage());
                host.message("prepdesk: this workspace is already open in a PrepDesk window; switch to that one");
            } else {
                host.message("prepdesk: " + UiTasks.message(t));
            }
            return 2;
        }
        TaskExecutor exec = new BackgroundTaskExecutor();
        Consumer<String> timing = Boolean.getBoolean("prepdesk.timing") ? host::timing : line -> { };
        SwingUtilities.invokeLater(() -> {
            try {
                WorkbenchPrefs prefs = new WorkbenchPrefs(ws.root());
                Workbench w = new Workbench(ws, exec, prefs, importer, () -> {
                    exec.close(); // finishes queued saves
                    ws.close();   // releases the lock
                    host.exit(0);
                });
                w.start(timing);
            } catch (RuntimeException e) {
                // nothing was typed yet, so nothing is lost; say what failed and leave
                host.message("prepdesk: the window could not open: " + UiTasks.message(e));
                exec.close();
                ws.close();
                host.exit(3);
            }
        });
        return RUNNING;
    }

    /** Milliseconds since the JVM started, for the startup timing lines. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
