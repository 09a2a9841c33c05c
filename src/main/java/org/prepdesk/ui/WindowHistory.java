package org.prepdesk.ui;

import java.awt.Window;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.swing.JOptionPane;
import org.prepdesk.history.GitPlace;
import org.prepdesk.history.History;
import org.prepdesk.history.HistoryRecorder;
import org.prepdesk.history.SyncConflict;
import org.prepdesk.history.SyncResult;
import org.prepdesk.model.Note;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * The window's side of history and sync: opens the workspace's history on the task executor,
 * records saves as batched commits ({@link HistoryRecorder}), and runs File › Sync, the History view
 * and "Show deleted notes". Git work always runs on the executor. EDT only, except where noted.
 */
final class WindowHistory {
    /** Saves become a commit after this long without another save (a property, for tests and measurements). */
    static final Duration IDLE = Duration.ofMillis(Long.getLong("prepdesk.history.idleMillis", 30_000));

    private final Workspace ws;
    private final TaskExecutor exec;
    private final StatusBar status;
    private final CompletableFuture<Optional<History>> opening;
    private HistoryRecorder recorder; // set on the executor before any commit can be asked for; read after opening

    WindowHistory(Workspace ws, TaskExecutor exec, StatusBar status) {
        this.ws = ws;
        this.exec = exec;
        this.status = status;
        this.opening = exec.submit(() -> {
            Optional<History> h = ws.isReadOnly() ? Optional.empty() : History.open(ws.root(), true);
            h.ifPresent(history -> {
                recorder = new HistoryRecorder(history, exec, IDLE,
                        m -> UiTasks.onEdt(() -> status.error(m)), v -> { });
                ws.addListener(recorder);
                recorder.catchUp();
            });
            return h;
        });
    }

    /** Commits the saves of the last burst now (switching note, quitting), after the saves already queued. */
    void flush() {
        opening.thenAccept(h -> {
            if (recorder != null) {
                recorder.flush();
            }
        });
    }

    /** Queues the last commit and closes the repository; the executor runs both before it stops. */
    void close() {
        opening.thenAccept(h -> h.ifPresent(history -> {
            recorder.flush();
            exec.run(() -> {
                recorder.close();
                history.close();
            });
        }));
    }

    /** File › Sync: asks for a remote the first time, then syncs on the executor and says what happened. */
    void sync(Window owner, CompletableFuture<Void> saved) {
        whenOpen(h -> syncWith(owner, saved, h));
    }

    private void syncWith(Window owner, CompletableFuture<Void> saved, Optional<History> h) {
        if (h.isEmpty()) {
            GitPlace p = History.place(ws.root());
            JOptionPane.showMessageDialog(owner, "Sync needs history, and " + (ws.isReadOnly()
                    ? "this workspace is read-only." : "it is off for this workspace: " + p.whyOff()),
                    "Sync", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        History history = h.get();
        UiTasks.run(exec, history::remote, remote -> {
            String url = remote.orElse(null);
            if (url == null) {
                url = JOptionPane.showInputDialog(owner, "Sync with which Git repository? (a path, file://, ssh:// or https:// URL)",
                        "Sync", JOptionPane.QUESTION_MESSAGE);
                if (url == null || url.isBlank()) {
                    return;
                }
                url = url.strip();
            }
            String given = remote.isPresent() ? null : url;
            status.busy("Syncing…");
            saved.whenComplete((v, ex) -> UiTasks.run(exec, () -> {
                SyncResult r = history.sync(given, step -> UiTasks.onEdt(() -> status.busy(step)));
                ws.rescan(); // tree, editors, index and note cache catch up as after any outside change
                return r;
            }, r -> {
                status.busy("");
                report(owner, r);
            }, new Feedback() {
                @Override
                public void info(String m) {
                    status.info(m);
                }

                @Override
                public void error(String m) {
                    status.busy("");
                    status.error(m);
                }

                @Override
                public void undoable(String m, Runnable undo) {
                    status.undoable(m, undo);
                }
            }));
        }, status);
    }

    private void report(Window owner, SyncResult r) {
        String summary = "Synced: " + r.pulled() + " change" + (r.pulled() == 1 ? "" : "s") + " in, " + r.pushed() + " out";
        if (r.conflicts().isEmpty()) {
            status.info(summary);
            return;
        }
        StringBuilder sb = new StringBuilder(summary).append(".\n\n");
        for (SyncConflict c : r.conflicts()) {
            sb.append("• ").append(c.message()).append('\n');
        }
        status.info(summary + "; " + r.conflicts().size() + " kept on both sides");
        JOptionPane.showMessageDialog(owner, sb.toString(), "Sync: changed on both machines", JOptionPane.INFORMATION_MESSAGE);
    }

    /** The History view of a note (versions, diff, Restore). */
    void showHistory(Window owner, Note note, java.util.function.Consumer<Note> open) {
        withHistory(owner, history -> new NoteHistoryDialog(owner, ws, exec, status, history, note, this::flush).open());
    }

    /** Notes gone from the workspace and its trash that history still holds. */
    void showDeleted(Window owner, java.util.function.Consumer<Note> open) {
        withHistory(owner, history -> new DeletedNotesDialog(owner, ws, exec, status, history, open, this::flush).open());
    }

    private void withHistory(Window owner, java.util.function.Consumer<History> then) {
        whenOpen(h -> withOpenHistory(owner, h, then));
    }

    private void withOpenHistory(Window owner, Optional<History> h, java.util.function.Consumer<History> then) {
        if (h.isEmpty()) {
            JOptionPane.showMessageDialog(owner, "History is off for this workspace: "
                    + History.place(ws.root()).whyOff(), "History", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        // the last burst first, so the list ends with what the editor shows
        flush();
        then.accept(h.get());
    }

    /**
     * Runs {@code then} on the EDT once history has opened on the executor. A command given in the
     * first moments after the window shows (the index and history still opening) waits for it rather
     * than being told that history is off; if opening failed, the status bar says why.
     */
    private void whenOpen(java.util.function.Consumer<Optional<History>> then) {
        boolean waiting = !opening.isDone(); // once open, the command runs at once, on this (the event) thread
        if (waiting) {
            status.busy("Opening history…");
        }
        opening.whenComplete((h, ex) -> UiTasks.onEdt(() -> {
            if (waiting) {
                status.busy("");
            }
            if (ex != null) {
                status.error("History could not be opened: " + UiTasks.message(ex));
            } else {
                then.accept(h);
            }
        }));
    }
}
