package org.prepdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/** Runs workspace writes on the task executor and brings the outcome back to the EDT. */
final class UiTasks {
    private UiTasks() {
    }

    /** Runs {@code work} in the background; {@code done} or an error message follow on the EDT. */
    static <T> void run(TaskExecutor exec, Callable<T> work, Consumer<T> done, Feedback fb) {
        exec.submit(work).whenComplete((r, ex) -> onEdt(() -> {
            if (ex == null) {
                done.accept(r);
            } else {
                fb.error(message(ex));
            }
        }));
    }

    static void onEdt(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    /** A one-line message for the user, never a stack trace. */
    static String message(Throwable ex) {
        Throwable t = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
        if (t instanceof StoreException se) {
            return se.getMessage();
        }
        return Workspace.describe(t);
    }
}
