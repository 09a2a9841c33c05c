package org.prepdesk.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.StoreException;
import org.prepdesk.search.NoteIndex;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLock;
import org.prepdesk.ui.workspaces.FolderCheck;
import org.prepdesk.ui.workspaces.RecentWorkspaces;

/**
 * Opens the window on a workspace (the one named, else the one opened last, else the welcome
 * view): the look and feel is set before any component exists, the workspace is opened (taking the
 * lock) while that happens, then everything else runs on the EDT, where a {@link WorkspaceSwitcher}
 * owns the window's workspaces from then on.
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
     * {@code dir} null: the workspace opened last, or the welcome view when there is none (or it is
     * gone or held). The frame is shown while the workspace is read on another thread, so a large
     * workspace does not delay the window; a workspace given by name and held by another window is
     * refused before anything shows.
     */
    public static int open(Path dir, Host host, OutlineImport importer) {
        WorkspaceSwitcher.Setup setup = WorkspaceSwitcher.Setup.ofSystem(importer, host);
        Path chosen = dir;
        if (chosen == null) {
            chosen = new RecentWorkspaces(setup.prefsRoot().node("recent")).last()
                    .filter(FolderCheck::isFreeWorkspace).orElse(null);
        } else if (WorkspaceLock.isHeld(chosen.toAbsolutePath().normalize())) {
            host.message("prepdesk: the workspace " + dir + " is already open in a PrepDesk window; use that window");
            return 2;
        }
        Consumer<String> timing = Boolean.getBoolean("prepdesk.timing") ? host::timing : line -> { };
        if (chosen == null) {
            Theme.remembered(setup.prefsRoot()).install();
            SwingUtilities.invokeLater(() -> {
                MainWindow frame = new MainWindow("PrepDesk", null);
                WorkspaceSwitcher switcher = start(frame, setup, timing);
                switcher.showWelcome();
                frame.showNow(timing);
            });
            return RUNNING;
        }
        Path root = chosen.toAbsolutePath().normalize();
        boolean named = dir != null;
        CompletableFuture<Workspace> opening = new CompletableFuture<>();
        CompletableFuture<TreeBuilder> firstTree = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            Workspace ws;
            try {
                ws = Workspace.open(root, Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "window");
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
        WorkbenchPrefs prefs = new WorkbenchPrefs(setup.prefsRoot(), root);
        Theme.remembered(prefs.global()).install();
        SwingUtilities.invokeLater(() -> {
            MainWindow frame = new MainWindow(root, prefs);
            WorkspaceSwitcher switcher = start(frame, setup, timing);
            frame.showNow(timing);
            // read the workspace once the frame is up: both cores go to showing the window first;
            // meanwhile load the search index's classes and files, so the index opens faster after it
            opener.start();
            Thread warmer = new Thread(() -> NoteIndex.warmUp(root), "prepdesk-warmup");
            warmer.setDaemon(true);
            warmer.start();
            opening.whenComplete((ws, ex) -> SwingUtilities.invokeLater(() -> {
                if (ex != null) {
                    Throwable t = ex.getCause() != null && !(ex instanceof StoreException) ? ex.getCause() : ex;
                    String why = t instanceof StoreException se && se.reason() == StoreException.Reason.LOCKED
                            ? se.getMessage() + " (the workspace is already open in a PrepDesk window)"
                            : UiTasks.message(t);
                    if (named) {
                        frame.dispose();
                        host.message("prepdesk: " + why);
                        host.exit(2);
                    } else {
                        switcher.showWelcome(); // the last workspace could not be reopened: choose another
                    }
                    return;
                }
                try {
                    switcher.adopt(ws, firstTree, null);
                } catch (RuntimeException e) {
                    // nothing was typed yet, so nothing is lost; say what failed and leave
                    host.message("prepdesk: the window could not open: " + UiTasks.message(e));
                    host.exit(3);
                }
            }));
        });
        return RUNNING;
    }

    private static WorkspaceSwitcher start(MainWindow frame, WorkspaceSwitcher.Setup setup, Consumer<String> timing) {
        WorkspaceSwitcher switcher = new WorkspaceSwitcher(frame, setup);
        switcher.timing(timing);
        Runnable save = switcher.saveOnExit();
        Runtime.getRuntime().addShutdownHook(new Thread(save, "prepdesk-shutdown"));
        return switcher;
    }

    /** Milliseconds since the JVM started, for the startup timing lines. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
