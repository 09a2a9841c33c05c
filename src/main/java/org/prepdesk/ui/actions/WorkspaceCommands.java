package org.prepdesk.ui.actions;

/**
 * What the window can do with or without a workspace open: choose a workspace, show help, quit.
 * The welcome view's window and the workbench both implement it. Every method is called on the EDT.
 */
public interface WorkspaceCommands {
    void newWorkspace();

    void openWorkspace();

    void openSample();

    void quit();

    void showGuide();

    void showShortcuts();

    void showAbout();
}
