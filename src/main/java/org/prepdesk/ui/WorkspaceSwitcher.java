package org.prepdesk.ui;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.prepdesk.store.BackgroundTaskExecutor;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;
import org.prepdesk.history.History;
import org.prepdesk.ui.actions.ActionRegistry;
import org.prepdesk.ui.actions.WorkbenchActions;
import org.prepdesk.ui.actions.WorkspaceCommands;
import org.prepdesk.ui.help.AboutDialog;
import org.prepdesk.ui.help.GuideWindow;
import org.prepdesk.ui.help.ShortcutsDialog;
import org.prepdesk.ui.workspaces.FolderCheck;
import org.prepdesk.ui.workspaces.FolderPicker;
import org.prepdesk.ui.workspaces.NewWorkspaceDialog;
import org.prepdesk.ui.workspaces.RecentWorkspaces;
import org.prepdesk.ui.workspaces.SampleCopy;
import org.prepdesk.ui.workspaces.WelcomeView;

/**
 * Which workspace the one window shows, and the way from one to the next: the welcome view when
 * there is none, New / Open / Open recent / the sample, and closing the current workspace cleanly
 * (saved, lock released, index closed; on a worker thread, the window saying so) before the next
 * opens in the same frame. Remembers the recent workspaces. EDT only; disk work runs on threads
 * of its own and comes back to the EDT.
 */
public final class WorkspaceSwitcher implements WorkspaceCommands {
    /**
     * What the switcher needs from outside: where preferences live, the home folder (for the default
     * new workspace and the sample's copy), the sample (a packaged copy to copy out, or the source
     * tree's to open as it is; either may be null), how to ask for a folder, and the way out.
     */
    public record Setup(Preferences prefsRoot, Path home, Path packagedSample, Path sourceSample,
                        FolderPicker picker, OutlineImport importer, WindowLauncher.Host host) {
        /** The running app's: system preferences, {@code user.home}, the sample properties. */
        public static Setup ofSystem(OutlineImport importer, WindowLauncher.Host host) {
            String packaged = System.getProperty("prepdesk.sample");
            String source = System.getProperty("prepdesk.defaultWorkspace");
            return new Setup(WorkbenchPrefs.defaultRoot(), Path.of(System.getProperty("user.home")),
                    packaged == null ? null : Path.of(packaged), source == null ? null : Path.of(source),
                    FolderPicker.CHOOSER, importer, host);
        }
    }

    private final MainWindow frame;
    private final Setup setup;
    private final RecentWorkspaces recent;
    private Consumer<String> timing = line -> { };
    private Workbench current;        // null while the welcome view (or a placeholder) shows
    private TaskExecutor currentExec;
    private boolean busy;             // closing one workspace or opening another
    private volatile Runnable saveOnExit = () -> { };

    public WorkspaceSwitcher(MainWindow frame, Setup setup) {
        this.frame = frame;
        this.setup = setup;
        this.recent = new RecentWorkspaces(setup.prefsRoot().node("recent"));
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                if (current == null && !busy) {
                    quit(); // the workbench, when there is one, hears this itself
                }
            }
        });
    }

    public RecentWorkspaces recent() {
        return recent;
    }

    /** The workbench on show, or null. */
    public Workbench current() {
        return current;
    }

    void timing(Consumer<String> t) {
        timing = t;
    }

    /** What to save when the JVM is ended by a signal (for the launcher's shutdown hook). */
    Runnable saveOnExit() {
        return () -> saveOnExit.run();
    }

    // ------------------------------------------------------------------ what shows

    public void showWelcome() {
        current = null;
        frame.setTitle("PrepDesk");
        ActionRegistry actions = WorkbenchActions.noWorkspace(this);
        frame.setJMenuBar(WorkbenchMenus.menuBar(actions));
        WorkbenchMenus.insertAfterOpen(frame.getJMenuBar(), recentMenu());
        actions.bindShortcuts(frame.getRootPane());
        frame.setContentPane(new WelcomeView(new WelcomeView.Choices() {
            @Override
            public void newWorkspace() {
                WorkspaceSwitcher.this.newWorkspace();
            }

            @Override
            public void openFolder() {
                openWorkspace();
            }

            @Override
            public void exploreSample() {
                openSample();
            }
        }, display(defaultNewFolder()), display(sampleCopyFolder()), hasSample()));
        frame.revalidate();
        frame.repaint();
    }

    /** Fills the frame with a workbench on {@code ws}, opened for writing by the caller. */
    void adopt(Workspace ws, CompletionStage<TreeBuilder> firstTree, String note) {
        TaskExecutor exec = new BackgroundTaskExecutor();
        WorkbenchPrefs prefs = new WorkbenchPrefs(setup.prefsRoot(), ws.root());
        Workbench w;
        try {
            w = new Workbench(frame, ws, exec, prefs, setup.importer(), () -> closedToQuit(ws, exec), firstTree);
        } catch (RuntimeException e) {
            exec.close();
            ws.close();
            throw e;
        }
        w.attach(this);
        WorkbenchMenus.insertAfterOpen(frame.getJMenuBar(), recentMenu());
        current = w;
        currentExec = exec;
        busy = false;
        recent.add(ws.root());
        saveOnExit = () -> saveOnSignal(w, exec);
        w.start(timing);
        if (note != null) {
            w.status.info(note);
        }
    }

    private void closedToQuit(Workspace ws, TaskExecutor exec) {
        saveOnExit = () -> { };
        // the next open reads the notes from it; written on the worker, so ws.close() below finds it fresh
        exec.run(ws::refreshNoteCache);
        exec.close(); // finishes queued saves
        ws.close();   // releases the lock
        setup.host().exit(0);
    }

    // ------------------------------------------------------------------ the commands

    @Override
    public void newWorkspace() {
        NewWorkspaceDialog.ask(frame, defaultNewFolder(), setup.picker()).ifPresent(dir -> open(dir, true));
    }

    @Override
    public void openWorkspace() {
        setup.picker().pick(frame, "Open a workspace or a folder", setup.home()).ifPresent(dir -> open(dir, false));
    }

    @Override
    public void openSample() {
        if (setup.packagedSample() != null) {
            Path dest = sampleCopyFolder();
            background(() -> SampleCopy.ensure(setup.packagedSample(), dest), dir -> open(dir, false));
        } else if (setup.sourceSample() != null) {
            open(setup.sourceSample(), false);
        } else {
            JOptionPane.showMessageDialog(frame, "This copy of PrepDesk has no sample workspace.", "No sample",
                    JOptionPane.INFORMATION_MESSAGE);
        }
    }

    @Override
    public void quit() {
        if (current != null) {
            current.quit();
        } else {
            frame.dispose();
            setup.host().exit(0);
        }
    }

    @Override
    public void showGuide() {
        GuideWindow.open(frame);
    }

    @Override
    public void showShortcuts() {
        ShortcutsDialog.open(frame, WorkbenchActions.noWorkspace(this));
    }

    @Override
    public void showAbout() {
        AboutDialog.open(frame);
    }

    /**
     * Opens {@code dir} in this window: looks at the folder first (off the EDT), so a folder that is
     * not a workspace or a workspace held elsewhere is dealt with before the current one is closed.
     * {@code making}: the user asked for a new workspace, so an empty folder becomes one unasked.
     */
    public void open(Path dir, boolean making) {
        if (busy) {
            return;
        }
        background(() -> FolderCheck.of(dir), r -> decide(r, making));
    }

    private void decide(FolderCheck.Result r, boolean making) {
        Path dir = r.dir();
        if (current != null && current.workspace().root().equals(dir)) {
            current.status.info("That workspace is already open in this window.");
            return;
        }
        switch (r.kind()) {
            case WORKSPACE -> switchTo(dir, null);
            case HELD -> heldElsewhere(dir);
            case NOT_A_FOLDER -> JOptionPane.showMessageDialog(frame, dir + " is not a folder.", "Cannot open",
                    JOptionPane.WARNING_MESSAGE);
            case EMPTY -> {
                if (making || JOptionPane.showConfirmDialog(frame, dir + " is not a PrepDesk workspace yet. Make it one?",
                        "Make a workspace", JOptionPane.OK_CANCEL_OPTION) == JOptionPane.OK_OPTION) {
                    switchTo(dir, List.of());
                }
            }
            case OTHER_FILES -> offerToMake(r);
        }
    }

    /** A folder of other files: make it a workspace (its files stay as they are), importing its outlines or not. */
    private void offerToMake(FolderCheck.Result r) {
        List<String> options = new ArrayList<>();
        if (!r.outlines().isEmpty()) {
            options.add("Make it a workspace and import " + r.outlines().size()
                    + (r.outlines().size() == 1 ? " file" : " files"));
        }
        options.add("Make it a workspace");
        options.add("Cancel");
        String files = r.outlines().isEmpty() ? ""
                : " It holds " + r.outlines().size() + " text or Markdown " + (r.outlines().size() == 1 ? "file" : "files")
                + " that can be imported as notes (the files themselves are not changed).";
        int choice = JOptionPane.showOptionDialog(frame, "<html><body style='width: 420px'>" + Html.escape(r.dir()
                + " is not a PrepDesk workspace." + files) + "</body></html>", "Not a workspace",
                JOptionPane.DEFAULT_OPTION, JOptionPane.QUESTION_MESSAGE, null, options.toArray(), options.get(0));
        if (choice < 0 || options.get(choice).equals("Cancel")) {
            return;
        }
        switchTo(r.dir(), options.get(choice).startsWith("Make it a workspace and import") ? r.outlines() : List.of());
    }

    /** Held by another window: say so, and offer the other recent workspaces that are free. */
    private void heldElsewhere(Path dir) {
        background(() -> recent.list().stream().filter(p -> !p.equals(dir)).filter(FolderCheck::isFreeWorkspace).toList(),
                others -> {
                    String text = dir + " is open in another PrepDesk window: use that window.";
                    if (others.isEmpty()) {
                        JOptionPane.showMessageDialog(frame, text, "Workspace in use", JOptionPane.INFORMATION_MESSAGE);
                        return;
                    }
                    Object pick = JOptionPane.showInputDialog(frame, text + "\nOr open another one:", "Workspace in use",
                            JOptionPane.INFORMATION_MESSAGE, null, others.toArray(), others.get(0));
                    if (pick instanceof Path p) {
                        open(p, false);
                    }
                });
    }

    /** Closes the current workspace (if any), then opens {@code dir}; {@code imports} non-null: make it first. */
    private void switchTo(Path dir, List<Path> imports) {
        if (current == null) {
            busy = true;
            openNow(dir, imports);
            return;
        }
        Workbench w = current;
        TaskExecutor exec = currentExec;
        // saves first; if a save failed and the user keeps the window, nothing below runs
        w.closeThen(false, () -> {
            busy = true;
            current = null;
            saveOnExit = () -> { };
            frame.placeholder("Closing " + w.workspace().name() + "…");
            Workspace ws = w.workspace();
            background(() -> {
                exec.run(ws::refreshNoteCache);
                exec.close(); // waits for queued saves and the index to close
                ws.close();   // releases the lock
                return dir;
            }, d -> openNow(d, imports));
        });
    }

    /** A new workspace keeps history, as `init` does; null, or why it does not. Off the EDT. */
    private static String newHistory(Path dir) {
        try {
            return History.enableForNewWorkspace(dir).map(why -> "History is off: " + why).orElse(null);
        } catch (RuntimeException e) {
            return "History could not be turned on: " + UiTasks.message(e);
        }
    }

    private void openNow(Path dir, List<Path> imports) {
        frame.placeholder("Opening " + display(dir) + "…");
        CompletableFuture<TreeBuilder> tree = new CompletableFuture<>();
        background(() -> {
            String note = null;
            if (imports != null) {
                Workspace.create(dir, nameOf(dir), true).close();
                note = newHistory(dir);
            }
            Workspace ws = Workspace.open(dir, Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "window");
            try {
                String imported = importAll(ws, imports);
                note = imported == null ? note : note == null ? imported : imported + " · " + note;
                tree.complete(new TreeBuilder(ws));
            } catch (Throwable t) {
                tree.completeExceptionally(t); // the tree builds its nodes itself
                if (note == null && imports != null && !imports.isEmpty()) {
                    note = "Import stopped: " + UiTasks.message(t);
                }
            }
            return new Opened(ws, note);
        }, o -> adopt(o.ws(), tree, o.note()), ex -> {
            busy = false;
            showWelcome();
            if (!Files.isDirectory(dir)) {
                recent.remove(dir);
            }
            JOptionPane.showMessageDialog(frame, "Could not open " + dir + ": " + UiTasks.message(ex), "Cannot open",
                    JOptionPane.WARNING_MESSAGE);
        });
    }

    private record Opened(Workspace ws, String note) {
    }

    private String importAll(Workspace ws, List<Path> files) throws Exception {
        if (files == null || files.isEmpty()) {
            return null;
        }
        List<String> done = new ArrayList<>();
        for (Path f : files) {
            SwingUtilities.invokeLater(() -> frame.placeholder("Importing " + f.getFileName() + "…"));
            done.add(setup.importer().importFile(ws, f, (d, t) -> { }));
        }
        return done.size() == 1 ? done.get(0) : "Imported " + done.size() + " files; " + done.get(done.size() - 1);
    }

    // ------------------------------------------------------------------ helpers

    private JMenu recentMenu() {
        JMenu m = new JMenu("Open recent");
        m.setName("openRecent");
        m.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                m.removeAll();
                Path here = current == null ? null : current.workspace().root();
                for (Path p : recent.list()) {
                    if (!p.equals(here)) {
                        JMenuItem item = new JMenuItem(display(p));
                        item.setName("recent:" + p.getFileName());
                        item.addActionListener(ev -> open(p, false));
                        m.add(item);
                    }
                }
                if (m.getItemCount() == 0) {
                    JMenuItem none = new JMenuItem("No other recent workspaces");
                    none.setEnabled(false);
                    m.add(none);
                }
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
        return m;
    }

    private boolean hasSample() {
        return setup.packagedSample() != null || setup.sourceSample() != null;
    }

    /** ~/PrepDesk, or ~/PrepDesk 2, 3 … when that is taken by something that is not an empty folder. */
    Path defaultNewFolder() {
        Path base = setup.home().resolve("PrepDesk");
        for (int i = 2; i < 100 && FolderCheck.of(base).kind() != FolderCheck.Kind.EMPTY; i++) {
            base = setup.home().resolve("PrepDesk " + i);
        }
        return base;
    }

    Path sampleCopyFolder() {
        return setup.packagedSample() != null ? setup.home().resolve("PrepDesk Sample")
                : setup.sourceSample() != null ? setup.sourceSample() : setup.home().resolve("PrepDesk Sample");
    }

    /** A path as people read it: ~/PrepDesk rather than the full home path. */
    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path home = setup.home().toAbsolutePath().normalize();
        return abs.startsWith(home) && !abs.equals(home) ? "~/" + home.relativize(abs) : abs.toString();
    }

    private static String nameOf(Path dir) {
        Path n = dir.toAbsolutePath().normalize().getFileName();
        return n == null ? "Workspace" : n.toString();
    }

    private interface Work<T> {
        T call() throws Exception;
    }

    private <T> void background(Work<T> work, Consumer<T> done) {
        background(work, done, ex -> {
            busy = false;
            JOptionPane.showMessageDialog(frame, UiTasks.message(ex), "PrepDesk", JOptionPane.WARNING_MESSAGE);
        });
    }

    /** Runs {@code work} on a thread of its own; the outcome comes back on the EDT. */
    private <T> void background(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Thread t = new Thread(() -> {
            try {
                T r = work.call();
                SwingUtilities.invokeLater(() -> done.accept(r));
            } catch (Throwable ex) {
                SwingUtilities.invokeLater(() -> failed.accept(ex));
            }
        }, "prepdesk-workspaces");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Ctrl+C in the terminal or a logout ends the JVM without closing the window: save what was typed
     * (waiting a few seconds at most for the event thread and the disk) before it goes.
     */
    private static void saveOnSignal(Workbench w, TaskExecutor exec) {
        CompletableFuture<Void> saved = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> w.editors.saveAll().whenComplete((v, e) -> saved.complete(null)));
        try {
            saved.get(3, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the event thread did not answer in time; nothing more can be done while exiting
        }
        exec.close();
    }
}
