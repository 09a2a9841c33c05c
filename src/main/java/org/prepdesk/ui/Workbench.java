package org.prepdesk.ui;

import com.formdev.flatlaf.FlatLaf;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.function.Consumer;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.search.SearchHit;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;
import org.prepdesk.ui.review.ReviewPanel;
import org.prepdesk.store.WorkspaceEvent;
import org.prepdesk.ui.actions.ActionRegistry;
import org.prepdesk.ui.actions.WorkbenchAction;
import org.prepdesk.ui.actions.WorkbenchActions;
import org.prepdesk.ui.actions.WorkbenchCommands;
import org.prepdesk.ui.help.AboutDialog;
import org.prepdesk.ui.help.GuideWindow;
import org.prepdesk.ui.help.ShortcutsDialog;
import org.prepdesk.ui.rehearse.RehearseHost;

/**
 * The main window: tree (left), note tabs (centre), review sheet (right), search field in the
 * toolbar, status bar below. Wires the views together and owns the window's life; the views do
 * the work. EDT only.
 */
public final class Workbench implements WorkbenchCommands {
    final MainWindow frame;
    private final Workspace ws;
    private final TaskExecutor exec;
    private final WorkbenchPrefs prefs;
    private final Runnable onClosed;
    private final OutlineImport importer;
    private ReviewPanel reviewPanel; // EDT only
    final StatusBar status = new StatusBar();
    final Banner banner = new Banner();
    final SectionTreePanel tree;
    final NoteEditorPanel editors;
    final SearchPanel search;
    final RehearseHost centre; // the editors, or the Rehearse view in their place
    private final TreeCommands commands;
    private final ActionRegistry actions;
    private final CardLayout leftCards = new CardLayout();
    private final JPanel left = new JPanel(leftCards);
    private final Component review;
    private final JSplitPane outer;
    private final JSplitPane inner;
    private final WorkbenchDialogs dialogs;
    private Component beforeSearch;
    private OutsideChanges outside;
    private boolean closing;
    private WindowAdapter windowListener; // removed on close: the frame outlives a workbench when switching
    private WorkspaceSwitcher switcher;   // null for a workbench made without one (tests)
    private final java.util.concurrent.CompletableFuture<NoteSearch> searching;
    private final WindowHistory history;

    public Workbench(MainWindow frame, Workspace ws, TaskExecutor exec, WorkbenchPrefs prefs, OutlineImport importer,
                     Runnable onClosed) {
        this(frame, ws, exec, prefs, importer, onClosed, null);
    }

    /** As above, with the section tree's nodes being built on another thread ({@link SectionTreePanel}). */
    Workbench(MainWindow frame, Workspace ws, TaskExecutor exec, WorkbenchPrefs prefs, OutlineImport importer,
              Runnable onClosed, java.util.concurrent.CompletionStage<TreeBuilder> firstTree) {
        this.frame = frame;
        frame.setTitle("PrepDesk — " + ws.name());
        this.ws = ws;
        this.exec = exec;
        this.prefs = prefs;
        this.importer = importer;
        this.onClosed = onClosed;
        // the index opens (catch-up or rebuild) while the views are built below
        SearchService.Progress progress = (done, total, what) -> SwingUtilities.invokeLater(
                () -> status.progress(done, total, what));
        searching = exec.submit(() -> SearchService.open(ws, progress));
        tree = new SectionTreePanel(ws, firstTree);
        EditorStatus editorStatus = new EditorStatus(status, banner, tree);
        editors = new NoteEditorPanel(ws, exec, editorStatus);
        editorStatus.attach(editors);
        search = new SearchPanel(exec);
        commands = new TreeCommands(ws, exec, tree, status, this::openNew, frame);
        tree.tree().setTransferHandler(new TreeTransfer(commands));
        tree.onOpen(n -> editors.open(n));
        history = new WindowHistory(ws, exec, status);
        dialogs = new WorkbenchDialogs(frame, ws, exec, status);
        editors.tabs().addChangeListener(e -> history.flush()); // switching note ends a burst of saves
        review = reviewView();
        left.add(tree, "tree");
        left.add(search, "search");
        centre = new RehearseHost(editors, editors.tabs(), ws, exec);
        centre.onLeave(this::focusTree);
        tree.noteMarks(centre.marks());
        search.noteMarks(centre.marks());
        centre.marks().onChange(reviewPanel::scheduleRefresh); // a grade moves items in "weakest first" order
        inner = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, centre, review);
        inner.setResizeWeight(1);
        outer = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, inner);
        outer.setResizeWeight(0);
        search.onActive(on -> leftCards.show(left, on ? "search" : "tree"));
        search.onOpen(this::openHit);
        search.onEscape(this::returnFromSearch);
        actions = WorkbenchActions.create(this);
        frame.setJMenuBar(WorkbenchMenus.menuBar(actions));
        JPanel top = new JPanel(new BorderLayout());
        top.add(WorkbenchMenus.toolBar(actions, search.field(), this), BorderLayout.NORTH);
        top.add(banner, BorderLayout.SOUTH);
        JPanel content = new JPanel(new BorderLayout());
        content.setName("workbenchContent");
        content.add(top, BorderLayout.NORTH);
        content.add(outer, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.revalidate();
        actions.bindShortcuts(frame.getRootPane());
        for (String k : new String[] {"ctrl X", "ctrl V", "ctrl C", "F2"}) {
            tree.tree().getInputMap().put(KeyStroke.getKeyStroke(k), "none"); // ours, not the tree's
        }
        ws.addListener(e -> {
            int count = ws.noteCount(); // read here, on the writing thread, so the EDT never waits for the lock
            SwingUtilities.invokeLater(() -> changed(e, count));
        });
        status.noteCount(ws.noteCount());
        banner.showProblemsOf(ws);
        restoreLayout();
        frame.addWindowListener(windowListener = new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                quit();
            }

            @Override
            public void windowDeactivated(WindowEvent e) {
                editors.saveAll(); // focus left the window: write what was typed
            }
        });
    }

    /** The right-hand view: the night-before review sheet. */
    private Component reviewView() {
        reviewPanel = new ReviewPanel(ws, exec);
        return reviewPanel;
    }

    /** Once the frame is on screen: puts the focus in, watches for outside changes, opens the search. */
    public void start(Consumer<String> timing) {
        if (editors.current().isPresent()) {
            focusEditor();
        } else {
            focusTree();
        }
        outside = OutsideChanges.start(ws, exec);
        searching.whenComplete((s, ex) -> UiTasks.onEdt(() -> {
            status.progress(0, 0, "");
            if (ex != null) {
                status.error("Search is not available: " + UiTasks.message(ex));
            } else if (closing) {
                exec.run(s::close);
            } else {
                // ready means a query typed now finds notes that the tree shows
                tree.whenFilled(() -> {
                    search.ready(s);
                    timing.accept("startup: search ready in " + WindowLauncher.sinceJvmStart() + " ms");
                    // after a first open (or a crash), so the next one need not parse every note file
                    exec.run(ws::refreshNoteCache);
                });
            }
        }));
    }

    public Workspace workspace() {
        return ws;
    }

    public ActionRegistry actions() {
        return actions;
    }

    private void changed(WorkspaceEvent e, int noteCount) {
        tree.changed(e);
        editors.changed(e);
        status.noteCount(noteCount);
        dialogs.refreshTrash();
    }

    // ------------------------------------------------------------------ actions

    public void newNoteMenu() {
        WorkbenchMenus.kindPopup(this::newNote).show(tree, 20, 20);
    }

    public void newNote(Kind k) {
        commands.newNote(k);
    }

    public void newSection() {
        commands.newSection();
    }

    private void openNew(Note n) {
        editors.open(n).focusTitle();
    }

    public void rename() {
        if (!forTree() || commands.renameSection()) {
            return;
        }
        tree.selectedNote().ifPresent(n -> editors.open(n).focusTitle());
    }

    public void delete() {
        if (forTree()) {
            editors.saveAll().whenComplete((v, ex) -> UiTasks.onEdt(commands::delete));
        }
    }

    public void undoDelete() {
        status.runUndo();
    }

    public void cut() {
        if (forTree()) {
            commands.cut();
        }
    }

    public void paste() {
        if (forTree()) {
            commands.paste();
        }
    }

    public void moveTo() {
        commands.moveTo();
    }

    public void reorder(int delta) {
        if (forTree()) {
            commands.reorder(delta);
        }
    }

    /** Keys for tree actions (Delete, Alt+Up, Ctrl+X …) act only when typed outside the editor and search. */
    private boolean forTree() {
        if (!(EventQueue.getCurrentEvent() instanceof KeyEvent)) {
            return true; // a menu click or the palette
        }
        Component f = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return f == null || !(SwingUtilities.isDescendingFrom(f, editors) || f == search.field());
    }

    public void showTrash() {
        dialogs.trash(commands::restore);
    }

    public void showReadiness() {
        dialogs.readiness(this::openNote);
    }

    /** Selects a note in the tree and opens it in a tab. */
    void openNote(String id) {
        ws.note(id).ifPresent(n -> {
            tree.select(n.id());
            editors.open(n);
        });
    }

    public void saveAll() {
        editors.saveAll();
    }

    /** File › Sync: saves, then fetches, merges and pushes on the executor. */
    public void sync() {
        history.sync(frame, editors.saveAll());
    }

    /** The History view of the open note. */
    public void noteHistory() {
        editors.current().flatMap(ed -> ws.note(ed.noteId())).ifPresentOrElse(n -> editors.saveAll().whenComplete(
                (v, ex) -> UiTasks.onEdt(() -> history.showHistory(frame, n, this::openNew))),
                () -> status.info("Open a note to see its history"));
    }

    public void deletedNotes() {
        history.showDeleted(frame, n -> openNote(n.id()));
    }

    public void closeTab() {
        editors.closeCurrent();
    }

    public void findInNote() {
        editors.current().ifPresent(NoteEditor::openFind);
    }

    public void focusSearch() {
        Component f = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (f != search.field()) {
            beforeSearch = f;
        }
        search.focus();
    }

    private void returnFromSearch() {
        if (beforeSearch != null && beforeSearch.isShowing()) {
            beforeSearch.requestFocusInWindow();
        } else {
            tree.tree().requestFocusInWindow();
        }
    }

    private void openHit(SearchHit h) {
        ws.note(h.id()).ifPresent(n -> {
            tree.select(n.id());
            NoteEditor ed = editors.open(n);
            ed.showHit(h.hits().isEmpty() ? null : h.hits().get(0));
        });
    }

    public void focusTree() {
        tree.tree().requestFocusInWindow();
    }

    public void focusEditor() {
        editors.current().ifPresent(NoteEditor::focusBody);
    }

    public void switchTab(int delta) {
        int n = editors.tabs().getTabCount();
        if (n > 0) {
            editors.tabs().setSelectedIndex(Math.floorMod(editors.tabs().getSelectedIndex() + delta, n));
        }
    }

    public void rehearse() {
        centre.rehearse();
    }

    public void showPalette() {
        dialogs.palette(actions);
    }

    public void toggleView(String view) {
        Component c = view.equals("tree") ? left : review;
        c.setVisible(!c.isVisible());
        JSplitPane split = view.equals("tree") ? outer : inner;
        split.resetToPreferredSizes();
        if (c.isVisible()) {
            split.setDividerLocation(view.equals("tree") ? 280 : Math.max(300, inner.getWidth() - 300));
        }
        split.revalidate();
    }

    public void setTheme(Theme t) {
        t.install();
        FlatLaf.updateUI();
        editors.setTheme(t);
        t.remember(prefs.global());
    }

    @Override
    public void useDarkTheme(boolean dark) {
        setTheme(dark ? Theme.DARK : Theme.LIGHT);
    }

    public void toggleTheme() {
        setTheme(Theme.DARK.isCurrent() ? Theme.LIGHT : Theme.DARK);
    }

    public void importOutline() {
        ImportFlow.run(frame, ws, exec, importer, status);
    }

    // ------------------------------------------------------------------ layout and closing

    private void restoreLayout() {
        outer.setDividerLocation(prefs.divider("outer", 320));
        inner.setDividerLocation(prefs.divider("inner", frame.getWidth() - 320 - 300));
        left.setVisible(prefs.visible("tree", true));
        review.setVisible(prefs.visible("review", true));
        for (String id : prefs.openNotes()) {
            ws.note(id).ifPresent(editors::open);
        }
        ws.note(prefs.selectedNote()).ifPresent(n -> {
            editors.open(n);
            tree.select(n.id());
        });
    }

    private void rememberLayout() {
        prefs.bounds(frame.getBounds());
        prefs.setDivider("outer", outer.getDividerLocation());
        prefs.setDivider("inner", inner.getDividerLocation());
        prefs.setVisible("tree", left.isVisible());
        prefs.setVisible("review", review.isVisible());
        prefs.openNotes(editors.editors().stream().map(NoteEditor::noteId).toList(),
                editors.current().map(NoteEditor::noteId).orElse(null));
        prefs.flush();
    }

    /** Saves everything, then closes; if a save failed, asks before quitting (the text is still here). */
    public void quit() {
        closeThen(true, onClosed);
    }

    /**
     * Saves everything and takes the views down, then runs {@code then}; the frame stays (for the next
     * workspace) unless {@code disposeFrame}. If a save failed and the user keeps the window, nothing
     * closes and {@code then} does not run.
     */
    void closeThen(boolean disposeFrame, Runnable then) {
        if (closing) {
            return;
        }
        editors.saveAll().whenComplete((v, ex) -> UiTasks.onEdt(() -> {
            if (editors.anyFailed() && JOptionPane.showConfirmDialog(frame,
                    "Some notes could not be saved. Close the workspace anyway and lose those edits?",
                    "Unsaved notes", JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.YES_OPTION) {
                return;
            }
            closing = true;
            rememberLayout();
            if (outside != null) {
                outside.close();
            }
            search.close();
            centre.dispose();
            if (reviewPanel != null) {
                reviewPanel.dispose();
            }
            editors.editors().forEach(NoteEditor::dispose);
            frame.removeWindowListener(windowListener);
            dialogs.dispose();
            if (disposeFrame) {
                frame.dispose();
            }
            history.close(); // the last commit, queued before the executor stops
            then.run();
        }));
    }

    // ------------------------------------------------------------------ workspaces and help

    void attach(WorkspaceSwitcher s) {
        switcher = s;
    }

    @Override
    public void newWorkspace() {
        if (switcher != null) {
            switcher.newWorkspace();
        }
    }

    @Override
    public void openWorkspace() {
        if (switcher != null) {
            switcher.openWorkspace();
        }
    }

    @Override
    public void openSample() {
        if (switcher != null) {
            switcher.openSample();
        }
    }

    @Override
    public void showGuide() {
        GuideWindow.open(frame);
    }

    @Override
    public void showShortcuts() {
        ShortcutsDialog.open(frame, actions);
    }

    @Override
    public void showAbout() {
        AboutDialog.open(frame);
    }

    /** The workbench's actions by id, for tests and the palette. */
    public WorkbenchAction action(String id) {
        return actions.get(id);
    }
}
