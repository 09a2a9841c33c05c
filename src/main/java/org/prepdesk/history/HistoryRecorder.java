package org.prepdesk.history;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.WorkspaceEvent;
import org.prepdesk.store.WorkspaceListener;

/**
 * Turns a window's saves into batched commits: a burst of saves becomes one commit once the
 * workspace has been quiet for {@code idle}, or sooner when {@link #flush} is called (on switching
 * note, on quit). Commits run on the background executor, after the saves queued before them, so
 * typing never waits for Git. A failed commit is reported once (until one succeeds again) and tried
 * again after the next quiet spell; the saved files are never touched.
 *
 * <p>Thread-safe: listeners may be called on any thread; state is guarded by {@code this}; the timer
 * only hands work to the executor.
 */
public final class HistoryRecorder implements WorkspaceListener, AutoCloseable {
    private final History history;
    private final TaskExecutor executor;
    private final long idleMillis;
    private final Consumer<String> onFailure;
    private final Consumer<Version> onCommit;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "prepdesk-history-timer");
        t.setDaemon(true);
        return t;
    });

    private final ChangedPaths paths = new ChangedPaths();
    private boolean pending;                 // guarded by this
    private boolean failureReported;         // guarded by this
    private ScheduledFuture<?> idleFlush;    // guarded by this
    private boolean closed;                  // guarded by this

    public HistoryRecorder(History history, TaskExecutor executor, Duration idle, Consumer<String> onFailure,
                           Consumer<Version> onCommit) {
        this.history = history;
        this.executor = executor;
        this.idleMillis = idle.toMillis();
        this.onFailure = onFailure;
        this.onCommit = onCommit;
    }

    @Override
    public void changed(WorkspaceEvent event) {
        synchronized (this) {
            if (closed) {
                return;
            }
            pending = true;
            rescheduleLocked();
        }
        paths.changed(event);
    }

    /**
     * Commits what is pending now (on the executor, after the saves already queued), and any change of
     * the small files no event announces (sheets, rehearsal state).
     */
    public CompletableFuture<Void> flush() {
        synchronized (this) {
            pending = true;
            if (idleFlush != null) {
                idleFlush.cancel(false);
                idleFlush = null;
            }
        }
        return executor.run(this::commitNow);
    }

    /**
     * Commits everything the files hold that history does not (saves of a session that was killed,
     * edits made while PrepDesk was closed), on the executor; the window does this once on opening.
     */
    public CompletableFuture<Void> catchUp() {
        return executor.run(() -> {
            try {
                history.commitAll(null).ifPresent(onCommit);
            } catch (StoreException e) {
                onFailure.accept(e.getMessage());
            }
        });
    }

    /** Whether saves are waiting for their commit. */
    public synchronized boolean hasPending() {
        return pending;
    }

    private void rescheduleLocked() {
        if (idleFlush != null) {
            idleFlush.cancel(false);
        }
        idleFlush = timer.schedule(this::flush, idleMillis, TimeUnit.MILLISECONDS);
    }

    private void commitNow() {
        synchronized (this) {
            if (!pending) {
                return;
            }
            pending = false;
        }
        java.util.Set<String> taken = paths.take();
        try {
            history.commitPaths(taken, null).ifPresent(onCommit);
            synchronized (this) {
                failureReported = false;
            }
        } catch (StoreException | IllegalStateException e) {
            paths.putBack(taken);
            boolean report;
            synchronized (this) {
                pending = true;
                report = !failureReported;
                failureReported = true;
                if (!closed) {
                    rescheduleLocked();
                }
            }
            if (report) {
                onFailure.accept(e.getMessage());
            }
        }
    }

    /** Stops the timer; call {@link #flush} first to commit what is pending. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (idleFlush != null) {
                idleFlush.cancel(false);
            }
        }
        timer.shutdownNow();
    }
}
