package org.prepdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.prepdesk.model.Note;
import org.prepdesk.store.WorkspaceEvent;
import org.prepdesk.store.WorkspaceListener;

/**
 * Keeps a writable index following the workspace: hears its change events, queues the changed notes on
 * the thread that saved (the EDT, say, which never waits for Lucene), applies the queue in one batch on
 * the "prepdesk-index" thread with one refresh, and has it committed after a quiet second. A finished
 * merge is made searchable and committed the same way.
 *
 * <p>Thread-safe: the queue is guarded by {@link IndexState#pendingLock}; batches run holding
 * {@link IndexState#writeLock}.
 */
final class ChangeFollower {
    private final IndexState state;
    private final IndexBuilder builder;
    private final IndexCommits commits;
    private final IndexChecks checks;
    private final WorkspaceListener listener = this::heard;

    private final Map<String, Optional<Note>> pendingNotes = new LinkedHashMap<>(); // guarded by pendingLock
    private final Set<String> pendingSections = new HashSet<>();                     // guarded by pendingLock
    private boolean pendingReload;                                                   // guarded by pendingLock
    private boolean drainScheduled;                                                  // guarded by pendingLock

    ChangeFollower(IndexState state, IndexBuilder builder, IndexCommits commits, IndexChecks checks) {
        this.state = state;
        this.builder = builder;
        this.commits = commits;
        this.checks = checks;
    }

    void start() {
        state.ws.addListener(listener);
    }

    void stop() {
        state.ws.removeListener(listener);
    }

    private void heard(WorkspaceEvent e) {
        synchronized (state.pendingLock) {
            if (state.closed) {
                return;
            }
            if (e instanceof WorkspaceEvent.NoteSaved s) {
                pendingNotes.put(s.note().id(), Optional.of(s.note()));
            } else if (e instanceof WorkspaceEvent.NoteRemoved r) {
                pendingNotes.put(r.noteId(), Optional.empty());
            } else if (e instanceof WorkspaceEvent.SectionSaved s) {
                pendingSections.add(s.section().id());   // its notes' section path may have changed
            } else if (e instanceof WorkspaceEvent.Reloaded) {
                pendingReload = true;
            } else {
                return;                                  // a removed section's notes come as NoteRemoved
            }
            if (!drainScheduled && state.worker != null) {
                drainScheduled = true;
                state.worker.execute(this::drain);
            }
        }
    }

    /** Applies every queued change in one batch and makes it searchable with one refresh. */
    private void drain() {
        Map<String, Optional<Note>> notes;
        Set<String> sections;
        boolean reload;
        synchronized (state.pendingLock) {
            notes = new LinkedHashMap<>(pendingNotes);
            sections = new HashSet<>(pendingSections);
            reload = pendingReload;
            pendingNotes.clear();
            pendingSections.clear();
            pendingReload = false;
            drainScheduled = false;
        }
        if (state.closed) {
            return;
        }
        try {
            synchronized (state.writeLock) {
                if (reload) {
                    builder.catchUp(state.backgroundProgress);
                }
                Map<String, String> paths = Fingerprints.sectionPaths(state.ws);
                for (String sectionId : sections) {
                    for (Note n : notesUnder(sectionId)) {
                        notes.putIfAbsent(n.id(), Optional.of(n));
                    }
                }
                if (!notes.isEmpty()) {
                    commits.invalidateDigest();
                }
                for (Map.Entry<String, Optional<Note>> e : notes.entrySet()) {
                    if (e.getValue().isPresent()) {
                        Note n = e.getValue().get();
                        state.writer.updateDocument(NoteDocuments.idTerm(n.id()),
                                NoteDocuments.toDocument(state.ws, n, paths));
                    } else {
                        state.writer.deleteDocuments(NoteDocuments.idTerm(e.getKey()));
                    }
                }
                state.searchers.maybeRefreshBlocking();
            }
            commits.scheduleCommit();
        } catch (IOException | RuntimeException e) {
            if (!state.closed) {
                IndexState.LOG.log(System.Logger.Level.WARNING, "search index update failed; rebuilding: " + e);
                checks.recover();
            }
        }
    }

    private List<Note> notesUnder(String sectionId) {
        List<Note> out = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of(sectionId));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String s = todo.remove(todo.size() - 1);
            if (!seen.add(s)) {
                continue;
            }
            out.addAll(state.ws.notesIn(s));
            state.ws.children(s).forEach(c -> todo.add(c.id()));
        }
        return out;
    }

    /** A merge finished: make the merged segment searchable, and commit it after a quiet second. */
    void merged() {
        if (state.closed || state.worker == null) {
            return;
        }
        state.execute(() -> {
            try {
                if (!state.closed) {
                    state.searchers.maybeRefreshBlocking();
                    commits.scheduleCommit();
                }
            } catch (IOException | RuntimeException e) {
                IndexState.LOG.log(System.Logger.Level.DEBUG, "refreshing after a merge: " + e);
            }
        });
    }

    /** Waits until every change heard so far (and any background check) is searchable. */
    void awaitPending() {
        if (state.worker == null || state.closed) {
            return;
        }
        try {
            Future<?> f = state.worker.submit(() -> {
            });
            f.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            IndexState.LOG.log(System.Logger.Level.WARNING, "waiting for the index: " + e);
        }
    }
}
