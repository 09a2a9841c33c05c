package org.prepdesk.ui.actions;

import static org.prepdesk.ui.actions.Shortcuts.alt;
import static org.prepdesk.ui.actions.Shortcuts.ctrl;
import static org.prepdesk.ui.actions.Shortcuts.ctrlAlt;
import static org.prepdesk.ui.actions.Shortcuts.ctrlShift;
import static org.prepdesk.ui.actions.Shortcuts.plain;

import java.awt.event.KeyEvent;
import org.prepdesk.model.Kind;

/**
 * Every action of the workbench window, in menu order. Categories name the menus: File, Edit,
 * View, Go, Help. Shortcuts follow common desktop habits (Ctrl+N new, F2 rename, Delete, Ctrl+K search).
 */
public final class WorkbenchActions {
    private WorkbenchActions() {
    }

    public static ActionRegistry create(WorkbenchCommands w) {
        ActionRegistry r = new ActionRegistry();
        addWorkspaceActions(r, w);
        r.add(new WorkbenchAction("new-note-menu", "File", "New note…", ctrl(KeyEvent.VK_N), w::newNoteMenu));
        int key = KeyEvent.VK_1;
        for (Kind k : Kind.values()) {
            r.add(new WorkbenchAction("new-" + k.id(), "File", "New " + k.label().toLowerCase(java.util.Locale.ROOT),
                    ctrlAlt(key++), () -> w.newNote(k)));
        }
        r.add(new WorkbenchAction("new-section", "File", "New section…", ctrlShift(KeyEvent.VK_N), w::newSection));
        r.add(new WorkbenchAction("import", "File", "Import outline…", null, w::importOutline));
        r.add(new WorkbenchAction("save", "File", "Save now", ctrl(KeyEvent.VK_S), w::saveAll));
        r.add(new WorkbenchAction("close-tab", "File", "Close note tab", ctrl(KeyEvent.VK_W), w::closeTab));
        r.add(new WorkbenchAction("trash", "File", "Trash…", null, w::showTrash));
        r.add(new WorkbenchAction("sync", "File", "Sync", ctrlShift(KeyEvent.VK_S), w::sync));
        r.add(new WorkbenchAction("note-history", "File", "History of this note…", ctrlShift(KeyEvent.VK_H),
                w::noteHistory));
        r.add(new WorkbenchAction("deleted-notes", "File", "Show deleted notes…", null, w::deletedNotes));
        r.add(new WorkbenchAction("quit", "File", "Quit", ctrl(KeyEvent.VK_Q), w::quit));

        r.add(new WorkbenchAction("rename", "Edit", "Rename", plain(KeyEvent.VK_F2), w::rename));
        r.add(new WorkbenchAction("delete", "Edit", "Move to trash", plain(KeyEvent.VK_DELETE), w::delete));
        r.add(new WorkbenchAction("undo-delete", "Edit", "Undo move to trash", ctrlShift(KeyEvent.VK_Z),
                w::undoDelete));
        r.add(new WorkbenchAction("cut", "Edit", "Cut note (to move it)", ctrl(KeyEvent.VK_X), w::cut));
        r.add(new WorkbenchAction("paste", "Edit", "Paste note here", ctrl(KeyEvent.VK_V), w::paste));
        r.add(new WorkbenchAction("move-to", "Edit", "Move to…", ctrlShift(KeyEvent.VK_M), w::moveTo));
        r.add(new WorkbenchAction("move-up", "Edit", "Move up", alt(KeyEvent.VK_UP), () -> w.reorder(-1)));
        r.add(new WorkbenchAction("move-down", "Edit", "Move down", alt(KeyEvent.VK_DOWN), () -> w.reorder(1)));
        r.add(new WorkbenchAction("find-in-note", "Edit", "Find in note", ctrlShift(KeyEvent.VK_F), w::findInNote));

        r.add(new WorkbenchAction("search", "Go", "Search notes", ctrl(KeyEvent.VK_K), w::focusSearch));
        r.add(new WorkbenchAction("search-f", "Go", "Search notes (from outside the editor)", ctrl(KeyEvent.VK_F),
                w::focusSearch));
        r.add(new WorkbenchAction("focus-tree", "Go", "Go to the tree", ctrl(KeyEvent.VK_1), w::focusTree));
        r.add(new WorkbenchAction("focus-editor", "Go", "Go to the editor", ctrl(KeyEvent.VK_2), w::focusEditor));
        r.add(new WorkbenchAction("next-tab", "Go", "Next note tab", ctrl(KeyEvent.VK_PAGE_DOWN), () -> w.switchTab(1)));
        r.add(new WorkbenchAction("prev-tab", "Go", "Previous note tab", ctrl(KeyEvent.VK_PAGE_UP),
                () -> w.switchTab(-1)));
        r.add(new WorkbenchAction("rehearse", "Go", "Rehearse aloud", ctrl(KeyEvent.VK_R), w::rehearse));
        r.add(new WorkbenchAction("palette", "Go", "Command palette", ctrlShift(KeyEvent.VK_P), w::showPalette));

        r.add(new WorkbenchAction("toggle-tree", "View", "Show or hide the tree", ctrlShift(KeyEvent.VK_1),
                () -> w.toggleView("tree")));
        r.add(new WorkbenchAction("toggle-review", "View", "Show or hide the review sheet", ctrlShift(KeyEvent.VK_2),
                () -> w.toggleView("review")));
        r.add(new WorkbenchAction("readiness", "View", "Readiness: competencies × stories, STAR check",
                ctrlShift(KeyEvent.VK_R), w::showReadiness));
        r.add(new WorkbenchAction("theme-light", "View", "Light theme", null, () -> w.useDarkTheme(false)));
        r.add(new WorkbenchAction("theme-dark", "View", "Dark theme", null, () -> w.useDarkTheme(true)));
        r.add(new WorkbenchAction("theme-toggle", "View", "Switch light/dark theme", ctrlShift(KeyEvent.VK_T),
                w::toggleTheme));
        addHelpActions(r, w);
        return r;
    }

    /** The window with no workspace open (the welcome view): choose one, help, quit. */
    public static ActionRegistry noWorkspace(WorkspaceCommands w) {
        ActionRegistry r = new ActionRegistry();
        addWorkspaceActions(r, w);
        r.add(new WorkbenchAction("quit", "File", "Quit", ctrl(KeyEvent.VK_Q), w::quit));
        addHelpActions(r, w);
        return r;
    }

    private static void addWorkspaceActions(ActionRegistry r, WorkspaceCommands w) {
        r.add(new WorkbenchAction("new-workspace", "File", "New workspace…", null, w::newWorkspace));
        r.add(new WorkbenchAction("open-workspace", "File", "Open workspace…", ctrl(KeyEvent.VK_O), w::openWorkspace));
        r.add(new WorkbenchAction("open-sample", "File", "Open the sample workspace", null, w::openSample));
    }

    private static void addHelpActions(ActionRegistry r, WorkspaceCommands w) {
        r.add(new WorkbenchAction("guide", "Help", "User guide", plain(KeyEvent.VK_F1), w::showGuide));
        r.add(new WorkbenchAction("shortcuts", "Help", "Keyboard shortcuts", ctrl(KeyEvent.VK_SLASH), w::showShortcuts));
        r.add(new WorkbenchAction("about", "Help", "About PrepDesk", null, w::showAbout));
    }
}
