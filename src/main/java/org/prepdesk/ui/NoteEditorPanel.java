package org.prepdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.CardLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingConstants;
import org.prepdesk.model.Note;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceEvent;

/**
 * The centre view: open notes in tabs, like an IDE. Switching tab or note saves the one left
 * behind. Follows workspace changes: a note saved elsewhere is shown, one removed is closed.
 * EDT only.
 */
public final class NoteEditorPanel extends JPanel {
    private final Workspace ws;
    private final TaskExecutor exec;
    private final NoteEditor.Listener listener;
    private final JTabbedPane tabs = new JTabbedPane();
    private final CardLayout cards = new CardLayout();
    private Theme theme = Theme.LIGHT;
    private NoteEditor current;

    public NoteEditorPanel(Workspace ws, TaskExecutor exec, NoteEditor.Listener listener) {
        this.ws = ws;
        this.exec = exec;
        this.listener = listener;
        setLayout(cards);
        tabs.setName("editorTabs");
        tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_CLOSABLE, true);
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_CLOSE_CALLBACK,
                (BiConsumer<JTabbedPane, Integer>) (t, i) -> close(editorAt(i)));
        tabs.addChangeListener(e -> switched());
        JLabel empty = new JLabel("<html><center>Select a note in the tree, or press Ctrl+N for a new one.<br>"
                + "Ctrl+K searches everything; Ctrl+Shift+P lists every command.</center></html>",
                SwingConstants.CENTER);
        empty.setEnabled(false);
        add(empty, "empty");
        add(tabs, "tabs");
        cards.show(this, "empty");
    }

    public JTabbedPane tabs() {
        return tabs;
    }

    public Optional<NoteEditor> current() {
        return Optional.ofNullable(current);
    }

    /** Opens a note in its tab (a new one if needed) and shows it. */
    public NoteEditor open(Note n) {
        NoteEditor ed = find(n.id());
        if (ed == null) {
            ed = new NoteEditor(ws, exec, n, listener);
            ed.applyTheme(theme);
            tabs.addTab(ed.tabTitle(), KindIcon.of(n.kind()), ed);
            cards.show(this, "tabs");
        }
        tabs.setSelectedComponent(ed);
        return ed;
    }

    public NoteEditor find(String noteId) {
        for (NoteEditor ed : editors()) {
            if (ed.noteId().equals(noteId)) {
                return ed;
            }
        }
        return null;
    }

    public List<NoteEditor> editors() {
        List<NoteEditor> out = new ArrayList<>();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            out.add(editorAt(i));
        }
        return out;
    }

    private NoteEditor editorAt(int i) {
        return (NoteEditor) tabs.getComponentAt(i);
    }

    /** Saves the note, then closes its tab; a tab whose save failed stays open, with its text. */
    public void close(NoteEditor ed) {
        if (ed == null) {
            return;
        }
        ed.save().whenComplete((v, ex) -> UiTasks.onEdt(() -> {
            if (ed.isDirty() && tabs.indexOfComponent(ed) >= 0) {
                tabs.setSelectedComponent(ed);
                return;
            }
            remove(ed);
        }));
    }

    private void remove(NoteEditor ed) {
        ed.dispose();
        tabs.remove(ed);
        if (tabs.getTabCount() == 0) {
            current = null;
            cards.show(this, "empty");
            listener.textChanged(null);
        }
    }

    public void closeCurrent() {
        close(current);
    }

    private void switched() {
        NoteEditor now = (NoteEditor) tabs.getSelectedComponent();
        if (current != null && current != now) {
            current.save();
        }
        current = now;
        listener.textChanged(now);
        if (now != null) {
            listener.saveState(now, now.lastError() != null ? NoteEditor.SaveState.FAILED
                    : now.isDirty() ? NoteEditor.SaveState.UNSAVED : NoteEditor.SaveState.SAVED, now.lastError());
        }
    }

    /** Saves every open note; the future completes on the EDT once all are written (or failed). */
    public CompletableFuture<Void> saveAll() {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (NoteEditor ed : editors()) {
            all.add(ed.save());
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    }

    public boolean anyFailed() {
        return editors().stream().anyMatch(ed -> ed.lastError() != null && ed.isDirty());
    }

    public void setTheme(Theme t) {
        theme = t;
        editors().forEach(ed -> ed.applyTheme(t));
    }

    /** Keeps tab titles and icons in step with the fields. */
    public void refreshTab(NoteEditor ed) {
        int i = tabs.indexOfComponent(ed);
        if (i >= 0) {
            tabs.setTitleAt(i, ed.tabTitle() + (ed.isDirty() ? " •" : ""));
            tabs.setIconAt(i, KindIcon.of((org.prepdesk.model.Kind) ed.fields.kind.getSelectedItem()));
        }
    }

    /** Follows a workspace change (on the EDT). */
    public void changed(WorkspaceEvent e) {
        if (e instanceof WorkspaceEvent.NoteRemoved r) {
            NoteEditor ed = find(r.noteId());
            if (ed != null && !ed.isDirty()) {
                remove(ed);
            } else if (ed != null) {
                ed.changedOutside(null);
            }
        } else if (e instanceof WorkspaceEvent.NoteSaved s) {
            NoteEditor ed = find(s.note().id());
            if (ed != null && !ed.isDirty() && !ed.note().equals(s.note())) {
                ed.reload(s.note());
                refreshTab(ed);
            }
        } else if (e instanceof WorkspaceEvent.Reloaded) {
            for (NoteEditor ed : editors()) {
                Note fresh = ws.note(ed.noteId()).orElse(null);
                if (fresh == null || !fresh.sameContentAs(ed.note())) {
                    if (fresh == null && !ed.isDirty()) {
                        remove(ed);
                    } else {
                        ed.changedOutside(fresh);
                        refreshTab(ed);
                    }
                }
            }
        }
    }
}
