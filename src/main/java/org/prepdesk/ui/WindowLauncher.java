package org.prepdesk.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.prepdesk.store.BackgroundTaskExecutor;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.search.NoteIndex;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLock;

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

        static Host of(Consumer<String> message, Consumer<String> timing, java.util.function.IntConsumer exit) {
            return new Host() {
                @Override
                public void message(String line) {
                    message.accept(line);
                }

                @Override
                public void timing(String line) {
                    timing.accept(line);
                }

                @Override
                public void exit(int code) {
                    exit.accept(code);
                }
            };
        }
    }

    private WindowLauncher() {
    }

    /**
     * Opens the window; returns {@link #RUNNING}, or an exit code after saying why it could not.
     * The frame is shown while the workspace is read on another thread, so a large workspace does
     * not delay the window; a workspace held by another window is refused before anything shows.
     */
    public static int open(Path dir, Host host, OutlineImport importer) {
        Path root = dir.toAbsolutePath().normalize();
        if (WorkspaceLock.isHeld(root)) {
            host.message("prepdesk: the workspace " + dir + " is already open in a PrepDesk window; use that window");
            return 2;
        }
        CompletableFuture<Workspace> opening = new CompletableFuture<>();
        CompletableFuture<TreeBuilder> firstTree = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            Workspace ws;
            try {
                ws = Workspace.open(dir, Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "window");
            } catch (Throwable t) {
                opening.completeExceptionally(t);
                return;
            }
            opening.complete(ws);
            // the tree's nodes are built here while the event thread builds the rest of the window
            try {
                firstTree.complete(new TreeBuilder(ws));
            } catch (Throwable t) {
                firstTree.completeExceptionally(t); // the tree builds them itself
            }
        }, "prepdesk-open");
        WorkbenchPrefs prefs = new WorkbenchPrefs(root);
        Theme.remembered(prefs.global()).install();
        Consumer<String> timing = Boolean.getBoolean("prepdesk.timing") ? host::timing : line -> { };
        SwingUtilities.invokeLater(() -> {
            MainWindow frame = new MainWindow(root, prefs);
            frame.showNow(timing);
            // read the workspace once the frame is up: both cores go to showing the window first;
            // meanwhile load the search index's classes and files, so the index opens faster after it
            opener.start();
            Thread warmer = new Thread(() -> NoteIndex.warmUp(root), "prepdesk-warmup");
            warmer.setDaemon(true);
            warmer.start();
            opening.whenComplete((ws, ex) -> SwingUtilities.invokeLater(() -> {
                if (ex != null) {
                    frame.dispose();
                    Throwable t = ex.getCause() != null && !(ex instanceof StoreException) ? ex.getCause() : ex;
                    host.message("prepdesk: " + (t instanceof StoreException se && se.reason() == StoreException.Reason.LOCKED
                            ? se.getMessage() + " (the workspace is already open in a PrepDesk window)"
                            : UiTasks.message(t)));
                    host.exit(2);
                    return;
                }
                fill(frame, ws, firstTree, prefs, importer, host, timing);
            }));
        });
        return RUNNING;
    }

    private static void fill(MainWindow frame, Workspace ws, CompletableFuture<TreeBuilder> firstTree, WorkbenchPrefs prefs,
                             OutlineImport importer, Host host, Consumer<String> timing) {
        TaskExecutor exec = new BackgroundTaskExecutor();
        AtomicBoolean closed = new AtomicBoolean();
        try {
            Workbench w = new Workbench(frame, ws, exec, prefs, importer, () -> {
                closed.set(true);
                // the next open reads the notes from it; written on the worker, so ws.close() below finds it fresh
                exec.run(ws::refreshNoteCache);
                exec.close(); // finishes queued saves
                ws.close();   // releases the lock
                host.exit(0);
            }, firstTree);
            w.start(timing);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> saveOnSignal(w, exec, closed), "prepdesk-shutdown"));
        } catch (RuntimeException e) {
            // nothing was typed yet, so nothing is lost; say what failed and leave
            host.message("prepdesk: the window could not open: " + UiTasks.message(e));
            exec.close();
            ws.close();
            host.exit(3);
        }
    }

    /**
     * Ctrl+C in the terminal or a logout ends the JVM without closing the window: save what was typed
     * (waiting a few seconds at most for the event thread and the disk) before it goes.
     */
    private static void saveOnSignal(Workbench w, TaskExecutor exec, AtomicBoolean closed) {
        if (closed.get()) {
            return; // closed normally: everything is saved already
        }
        CompletableFuture<Void> saved = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> w.editors.saveAll().whenComplete((v, e) -> saved.complete(null)));
        try {
            saved.get(3, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the event thread did not answer in time; nothing more can be done while exiting
        }
        exec.close();
    }

    /** Milliseconds since the JVM started, for the startup timing lines. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
