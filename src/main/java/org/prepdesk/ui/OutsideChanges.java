package org.prepdesk.ui;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.Optional;
import org.prepdesk.model.Section;
import org.prepdesk.store.JsonCodec;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/**
 * Notices files changed outside PrepDesk (a git pull, another editor) and asks the workspace to
 * re-read them; the workspace's Reloaded event then updates the views. Watches notes/ and
 * sections/ on its own daemon thread; the rescan runs on the task executor. Our own writes are
 * recognised (a note's file stamp is known; a section file equals the workspace's copy) and cause
 * no rescan, which matters: a rescan re-reads every file. Thread-safe.
 */
final class OutsideChanges implements AutoCloseable {
    /**
     * Quiet time that ends a burst of changes (a git checkout writes file after file within milliseconds).
     * Short, because an outside edit must be searchable within a second and the rescan and the index's
     * catch-up come after it; a burst cut in two costs only a second rescan of the files whose stamp moved.
     */
    private static final long SETTLE_MS = 100;
    private final Workspace ws;
    private final TaskExecutor exec;
    private final WatchService watcher;
    private final Thread thread;
    private final JsonCodec codec = new JsonCodec(); // used by the watcher thread only

    private OutsideChanges(Workspace ws, TaskExecutor exec, WatchService watcher) {
        this.ws = ws;
        this.exec = exec;
        this.watcher = watcher;
        this.thread = new Thread(this::loop, "prepdesk-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching; returns null when the platform cannot watch (then changes show on reopen). */
    static OutsideChanges start(Workspace ws, TaskExecutor exec) {
        try {
            WatchService w = FileSystems.getDefault().newWatchService();
            for (String sub : new String[] {WorkspaceLayout.NOTES, WorkspaceLayout.SECTIONS}) {
                Path dir = ws.root().resolve(sub);
                if (dir.toFile().isDirectory()) {
                    dir.register(w, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                }
            }
            OutsideChanges oc = new OutsideChanges(ws, exec, w);
            oc.thread.start();
            return oc;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private void loop() {
        try {
            for (; ; ) {
                WatchKey key = watcher.take();
                boolean needed = drain(key);
                // let a burst (a git checkout) settle, then rescan once
                for (WatchKey more = watcher.poll(SETTLE_MS, TimeUnit.MILLISECONDS); more != null;
                     more = watcher.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) {
                    needed |= drain(more);
                }
                if (needed) {
                    exec.run(ws::rescan);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private boolean drain(WatchKey key) {
        boolean needed = false;
        Path dir = (Path) key.watchable();
        boolean notes = dir.getFileName().toString().equals(WorkspaceLayout.NOTES);
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                needed = true;
                continue;
            }
            String name = e.context().toString();
            if (!name.endsWith(".json")) {
                continue; // temp files of atomic writes and other litter
            }
            String id = name.substring(0, name.length() - 5);
            needed |= notes ? ws.changedOnDisk(id) : sectionChanged(id, dir.resolve(name));
        }
        key.reset();
        return needed;
    }

    /** Whether a section file differs from the workspace's copy (our own writes match it). */
    private boolean sectionChanged(String id, Path file) {
        Optional<Section> known = ws.section(id);
        if (!Files.exists(file)) {
            return known.isPresent();
        }
        try {
            Section onDisk = codec.decodeSection(Files.readAllBytes(file)).value();
            return known.isEmpty() || !known.get().equals(onDisk);
        } catch (IOException e) {
            return true; // unreadable: let the rescan report it
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
