package org.prepdesk.ui;

import java.util.function.Consumer;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;
import org.prepdesk.ui.actions.ActionRegistry;

/**
 * The workbench's non-modal dialogs — command palette, trash, readiness — each made on first use (no
 * need to build hidden dialogs while the window opens) and disposed with the workbench. EDT only.
 */
final class WorkbenchDialogs {
    private final MainWindow frame;
    private final Workspace ws;
    private final TaskExecutor exec;
    private final StatusBar status;
    private CommandPalette palette;
    private TrashDialog trash;
    private ReadinessDialog readiness;

    WorkbenchDialogs(MainWindow frame, Workspace ws, TaskExecutor exec, StatusBar status) {
        this.frame = frame;
        this.ws = ws;
        this.exec = exec;
        this.status = status;
    }

    void palette(ActionRegistry actions) {
        if (palette == null) {
            palette = new CommandPalette(frame, actions);
        }
        palette.open();
    }

    void trash(Consumer<String> restore) {
        if (trash == null) {
            trash = new TrashDialog(frame, ws, exec, status, restore);
        }
        trash.open();
    }

    void readiness(Consumer<String> openNote) {
        if (readiness == null) {
            readiness = new ReadinessDialog(frame, ws, exec, status, openNote);
        }
        readiness.open();
    }

    /** After a workspace change: an open trash list shows what is in the trash now. */
    void refreshTrash() {
        if (trash != null && trash.isVisible()) {
            trash.refresh();
        }
    }

    void dispose() {
        if (palette != null) {
            palette.dispose();
        }
        if (trash != null) {
            trash.dispose();
        }
        if (readiness != null) {
            readiness.dispose();
        }
    }
}
