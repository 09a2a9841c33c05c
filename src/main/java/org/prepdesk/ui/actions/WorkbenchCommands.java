package org.prepdesk.ui.actions;

import org.prepdesk.model.Kind;

/**
 * What the workbench window can be asked to do, as the action registry sees it. The window
 * implements it, so this package never depends on the window's package (no import cycle).
 * Every method is called on the EDT.
 */
public interface WorkbenchCommands extends WorkspaceCommands {
    void newNoteMenu();

    void newNote(Kind k);

    void newSection();

    void importOutline();

    void saveAll();

    void closeTab();

    void showTrash();

    /** File › Sync: pull and push the workspace's Git remote, with progress. */
    void sync();

    /** The History view of the open note: versions, diff, restore. */
    void noteHistory();

    /** Notes deleted (even from the trash) that history still has. */
    void deletedNotes();

    void rename();

    void delete();

    void undoDelete();

    void cut();

    void paste();

    void moveTo();

    void reorder(int delta);

    void findInNote();

    void focusSearch();

    void focusTree();

    void focusEditor();

    void switchTab(int delta);

    void showPalette();

    /** The Rehearse view: say answers aloud against a clock, grade them (issue 14). */
    void rehearse();

    /** The Readiness view: competencies × stories and the STAR check. */
    void showReadiness();

    void toggleView(String view);

    /** Installs the dark theme ({@code true}) or the light one. */
    void useDarkTheme(boolean dark);

    void toggleTheme();
}
