package org.prepdesk.ui;

/** Where views report what happened: the status bar in the window. EDT only. */
public interface Feedback {
    void info(String message);

    void error(String message);

    /** A message with an "Undo" button that runs {@code undo}. */
    void undoable(String message, Runnable undo);
}
