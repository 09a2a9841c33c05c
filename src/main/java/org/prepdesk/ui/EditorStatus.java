package org.prepdesk.ui;

import org.prepdesk.model.Note;

/**
 * Carries what the editors report to the rest of the window: save state and word count to the
 * status bar, tab titles, and "both versions kept" to the banner. EDT only.
 */
final class EditorStatus implements NoteEditor.Listener {
    private final StatusBar status;
    private final Banner banner;
    private final SectionTreePanel tree;
    private NoteEditorPanel editors;

    EditorStatus(StatusBar status, Banner banner, SectionTreePanel tree) {
        this.status = status;
        this.banner = banner;
        this.tree = tree;
    }

    void attach(NoteEditorPanel panel) {
        this.editors = panel;
    }

    private boolean isCurrent(NoteEditor ed) {
        return editors != null && editors.current().orElse(null) == ed;
    }

    @Override
    public void saveState(NoteEditor ed, NoteEditor.SaveState state, String detail) {
        if (editors != null) {
            editors.refreshTab(ed);
        }
        if (isCurrent(ed)) {
            status.saveState(state, detail, ed::save);
        } else if (state == NoteEditor.SaveState.FAILED) {
            status.error("Could not save \"" + ed.tabTitle() + "\": " + detail);
        }
    }

    @Override
    public void textChanged(NoteEditor ed) {
        if (ed == null) {
            status.noEditor();
        } else if (isCurrent(ed)) {
            status.words(ed.spokenText());
        }
    }

    @Override
    public void keptBoth(NoteEditor ed, Note outside, Note copy) {
        if (outside == null && editors != null) {
            editors.close(ed);
        }
        banner.show("\"" + copy.title().replace(KeepBoth.SUFFIX, "") + "\" was changed outside PrepDesk while you"
                + " were editing it. Both versions are kept: yours is the note \"" + copy.title() + "\".", false);
        tree.rebuild();
    }
}
