package org.prepdesk.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.util.concurrent.CompletableFuture;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.JTextComponent;
import org.prepdesk.model.Note;
import org.prepdesk.search.SearchHit;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * One open note, in one tab. Edits are saved about a second after typing stops, and at once when
 * the user switches away; the write runs on the task executor, so typing never waits for the disk.
 * At most one save per editor is in flight; edits made meanwhile are saved right after it. A save
 * that fails keeps the text (and offers a retry); a file changed outside keeps both versions.
 * EDT only.
 */
public final class NoteEditor extends JPanel {
    static final int AUTOSAVE_DELAY_MS = 1000;

    /** What the editor tells the window about its state. */
    public interface Listener {
        void saveState(NoteEditor editor, SaveState state, String detail);

        void textChanged(NoteEditor editor);

        void keptBoth(NoteEditor editor, Note outside, Note copy);
    }

    public enum SaveState { SAVED, UNSAVED, SAVING, FAILED }

    private final Workspace ws;
    private final TaskExecutor exec;
    private final Listener listener;
    final NoteFields fields;
    private final FindBar findBar;
    private final Timer autosave;
    private Note base;             // the note as last loaded or saved
    private long edits;            // bumped on every change
    private long savedEdits;       // the edit count the last successful save covered
    private boolean saving;
    private boolean saveAgain;
    private String lastError;
    private Object hitMark;

    public NoteEditor(Workspace ws, TaskExecutor exec, Note note, Listener listener) {
        super(new BorderLayout());
        this.ws = ws;
        this.exec = exec;
        this.listener = listener;
        this.base = note;
        this.fields = new NoteFields(ws::allTags, new CompetencyLinks(ws), this::changed);
        this.findBar = new FindBar(fields.body);
        this.autosave = new Timer(AUTOSAVE_DELAY_MS, e -> save());
        autosave.setRepeats(false);
        add(fields, BorderLayout.CENTER);
        add(findBar, BorderLayout.SOUTH);
        fields.load(note);
        if (ws.isReadOnly()) { // the banner says why; nothing typed here could be saved
            fields.textFields().forEach(t -> t.setEditable(false));
            fields.kind.setEnabled(false);
        }
        fields.body.discardAllEdits();
        fields.body.setCaretPosition(0);
    }

    public String noteId() {
        return base.id();
    }

    public Note note() {
        return base;
    }

    public boolean isDirty() {
        return edits != savedEdits;
    }

    public String tabTitle() {
        String t = fields.title.getText().strip();
        return (t.isEmpty() ? "(untitled)" : t.length() > 28 ? t.substring(0, 27) + "…" : t);
    }

    public String spokenText() {
        return fields.spokenText();
    }

    public String lastError() {
        return lastError;
    }

    public void openFind() {
        findBar.open();
    }

    public void focusTitle() {
        fields.title.requestFocusInWindow();
        fields.title.selectAll();
    }

    public void focusBody() {
        fields.body.requestFocusInWindow();
    }

    public void applyTheme(Theme theme) {
        theme.applyTo(fields.body);
    }

    private void changed() {
        edits++;
        clearHitMark();
        autosave.restart();
        listener.saveState(this, SaveState.UNSAVED, null);
        listener.textChanged(this);
    }

    /** Saves now if anything changed; the returned future completes when this save is on disk. */
    public CompletableFuture<Void> save() {
        autosave.stop();
        if (!isDirty()) {
            return CompletableFuture.completedFuture(null);
        }
        if (saving) {
            saveAgain = true;
            return pending;
        }
        saving = true;
        long covers = edits;
        Note edited = fields.edited(base);
        Note expected = base;
        listener.saveState(this, SaveState.SAVING, null);
        CompletableFuture<Void> done = new CompletableFuture<>();
        pending = done;
        exec.submit(() -> write(expected, edited)).whenComplete((outcome, ex) -> UiTasks.onEdt(() -> {
            saving = false;
            finished(covers, outcome, ex);
            if (saveAgain && isDirty() && ex == null) {
                saveAgain = false;
                save().whenComplete((v, e2) -> done.complete(null));
            } else {
                saveAgain = false;
                done.complete(null);
            }
        }));
        return done;
    }

    private CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    /** On the task executor. */
    private Saved write(Note expected, Note edited) {
        Note now = ws.note(edited.id()).orElse(null);
        if (now == null || !now.sameContentAs(expected)) {
            // changed or removed outside and already re-read by a rescan: updating would overwrite it
            return new Saved(now, KeepBoth.copyOf(ws, edited));
        }
        try {
            return new Saved(ws.updateNote(edited), null);
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.CONFLICT && e.reason() != StoreException.Reason.NOT_FOUND) {
                throw e;
            }
            ws.rescan();
            return new Saved(ws.note(edited.id()).orElse(null), KeepBoth.copyOf(ws, edited));
        }
    }

    private record Saved(Note note, Note copy) {
    }

    private void finished(long covers, Saved outcome, Throwable ex) {
        if (ex != null) {
            lastError = UiTasks.message(ex);
            listener.saveState(this, SaveState.FAILED, lastError);
            return;
        }
        lastError = null;
        if (outcome.copy() != null) {
            // the outside version wins the note; the user's edit lives on as a copy
            if (edits != covers) { // typed on while that save ran: the copy gets those words too
                Note latest = fields.edited(outcome.copy()).withTitle(outcome.copy().title());
                UiTasks.run(exec, () -> ws.updateNote(latest), n -> { }, silentFeedback());
            }
            savedEdits = edits;
            if (outcome.note() != null) {
                reload(outcome.note());
            }
            listener.keptBoth(this, outcome.note(), outcome.copy());
            listener.saveState(this, SaveState.SAVED, null);
            return;
        }
        base = outcome.note();
        savedEdits = Math.max(savedEdits, covers);
        listener.saveState(this, isDirty() ? SaveState.UNSAVED : SaveState.SAVED, null);
        if (isDirty() && !saveAgain) {
            autosave.restart();
        }
    }

    /** Shows a newer version of the note (saved elsewhere); only when nothing is unsaved here. */
    public void reload(Note fresh) {
        base = fresh;
        fields.load(fresh);
        listener.textChanged(this);
    }

    /**
     * The note changed on disk outside PrepDesk (the workspace has re-read it). Clean: show it.
     * Unsaved edits: keep them as a copy note, then show the outside version.
     */
    public void changedOutside(Note fresh) {
        if (saving) {
            return; // the save in flight sees the change and keeps both itself
        }
        if (!isDirty()) {
            if (fresh != null) {
                reload(fresh);
            }
            return;
        }
        autosave.stop();
        Note mine = fields.edited(base);
        savedEdits = edits;
        UiTasks.run(exec, () -> KeepBoth.copyOf(ws, mine), copy -> {
            if (fresh != null) {
                reload(fresh);
            }
            listener.keptBoth(this, fresh, copy);
        }, silentFeedback());
    }

    /** Reports only failures, as a failed save of this editor (the text stays here). */
    private Feedback silentFeedback() {
        return new Feedback() {
            @Override
            public void info(String m) {
            }

            @Override
            public void error(String m) {
                lastError = m;
                listener.saveState(NoteEditor.this, SaveState.FAILED, m);
            }

            @Override
            public void undoable(String m, Runnable undo) {
            }
        };
    }

    /** Puts the caret on a search hit and highlights it until the next edit. */
    public void showHit(SearchHit.FieldSpan span) {
        JTextComponent c = span == null ? fields.body : fields.field(span.field());
        if (c == null) {
            c = fields.body;
            span = null;
        }
        JTextComponent target = c;
        int len = target.getDocument().getLength();
        int start = span == null ? 0 : Math.min(span.start(), len);
        int end = span == null ? 0 : Math.min(span.end(), len);
        clearHitMark();
        SwingUtilities.invokeLater(() -> {
            target.requestFocusInWindow();
            target.setCaretPosition(start);
            if (end > start) {
                try {
                    hitMark = target.getHighlighter().addHighlight(start, end,
                            new DefaultHighlighter.DefaultHighlightPainter(new Color(255, 200, 0, 140)));
                    hitOwner = target;
                } catch (BadLocationException e) {
                    hitMark = null;
                }
            }
            try {
                java.awt.geom.Rectangle2D r = target.modelToView2D(start);
                if (r != null) {
                    target.scrollRectToVisible(r.getBounds());
                }
            } catch (BadLocationException e) {
                // the caret is placed; scrolling is a nicety
            }
        });
    }

    private JTextComponent hitOwner;

    private void clearHitMark() {
        if (hitMark != null && hitOwner != null) {
            hitOwner.getHighlighter().removeHighlight(hitMark);
        }
        hitMark = null;
    }

    public boolean hasHitMark() {
        return hitMark != null;
    }

    public void dispose() {
        autosave.stop();
    }
}
