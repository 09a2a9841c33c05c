package org.prepdesk.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The workspace's files as this process last saw them: where an item's file is (every path stays inside
 * the root), the stamp each file had when it was read or written here (to notice outside changes), and
 * the keys each file holds that this version does not know (kept on rewrite, DESIGN §3). Also reads a
 * file with the size limits every workspace file has.
 *
 * <p>Not thread-safe: the {@link Workspace} that owns it calls it only with its own monitor held; the
 * static reads are safe from any thread.
 */
final class WorkspaceFiles {
    private final Path root;
    private final JsonCodec codec = new JsonCodec();
    private final AtomicFiles atomic;
    private final Map<String, ObjectNode> extras = new HashMap<>();   // by "notes/<id>.json"
    private final Map<Path, FileStamp> stamps = new HashMap<>();

    WorkspaceFiles(Path root, FileOps ops) {
        this.root = root;
        this.atomic = new AtomicFiles(ops);
    }

    Path root() {
        return root;
    }

    JsonCodec codec() {
        return codec;
    }

    AtomicFiles atomic() {
        return atomic;
    }

    void clear() {
        extras.clear();
        stamps.clear();
    }

    /** A resolved path is always inside the workspace: ids are validated before they name a file. */
    Path noteFile(String id) {
        return inside(WorkspaceLayout.NOTES, id);
    }

    /**
     * {@link #noteFile} for an id already checked with {@link Ids#isValid}: a valid id holds no dot or
     * slash, so the path needs no normalising. The index asks for every note's stamp on each open, where
     * those checks were most of the cost.
     */
    Path noteFileOfValidId(String id) {
        return root.resolve(WorkspaceLayout.NOTES).resolve(id + ".json");
    }

    Path sectionFile(String id) {
        return inside(WorkspaceLayout.SECTIONS, id);
    }

    Path inside(String folder, String id) {
        if (!Ids.isValid(id)) {
            throw StoreErrors.invalidId(id);
        }
        Path p = root.resolve(folder).resolve(id + ".json").normalize();
        if (!p.startsWith(root)) {
            throw new StoreException(StoreException.Reason.INVALID, "a path left the workspace");
        }
        return p;
    }

    String relative(Path p) {
        try {
            return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return String.valueOf(p.getFileName());
        }
    }

    // ------------------------------------------------------------------ unknown keys

    ObjectNode extras(Path f) {
        return extras.get(relative(f));
    }

    boolean hasExtras(Path f) {
        return !extras.isEmpty() && extras.containsKey(relative(f));
    }

    void keepExtras(Path f, ObjectNode x) {
        if (x != null) {
            extras.put(relative(f), x);
        } else if (!extras.isEmpty()) {
            extras.remove(relative(f));
        }
    }

    void dropExtras(Path f) {
        extras.remove(relative(f));
    }

    // ------------------------------------------------------------------ stamps

    FileStamp stamp(Path f) {
        return stamps.get(f);
    }

    void recordStamp(Path f, FileStamp s) {
        stamps.put(f, s);
    }

    void forgetStamp(Path f) {
        stamps.remove(f);
    }

    /** Refuses to overwrite a file that someone else changed since it was read or written here. */
    void requireUnchangedOnDisk(Path f) {
        FileStamp known = stamps.get(f);
        FileStamp now = FileStamp.ofOrNull(f);
        if (known != null && !known.equals(now)) {
            throw new StoreException(StoreException.Reason.CONFLICT, relative(f)
                    + " was changed outside PrepDesk since it was opened; reload it before saving");
        }
    }

    boolean changedOnDisk(Path f) {
        return !java.util.Objects.equals(stamps.get(f), FileStamp.ofOrNull(f));
    }

    /**
     * Writes a file atomically and records its new stamp. When only the folder sync failed, the file
     * already holds the new bytes: a new file is removed again (a retry would otherwise leave a twin
     * after the next open); for an existing one the stamp follows the file, so a retry is not mistaken
     * for an outside change. Either way the failure is thrown on.
     */
    void write(Path f, byte[] bytes, boolean isNew) throws IOException {
        try {
            atomic.write(f, bytes);
        } catch (IOException e) {
            afterFailedWrite(f, isNew, e);
            throw e;
        }
        stamps.put(f, FileStamp.of(f));
    }

    private void afterFailedWrite(Path f, boolean isNew, IOException e) {
        if (!(e instanceof AtomicFiles.RenamedButNotSyncedException)) {
            return;
        }
        if (isNew) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // then it loads as an item on the next open: nothing is lost either way
            }
        } else {
            FileStamp now = FileStamp.ofOrNull(f);
            if (now != null) {
                stamps.put(f, now);
            }
        }
    }

    // ------------------------------------------------------------------ bounded reads

    static byte[] readBounded(Path f) throws IOException {
        return readBounded(f, Files.size(f));
    }

    /** As above, with the size just read with the file's stamp (one system call less per file on open). */
    static byte[] readBounded(Path f, long size) throws IOException {
        if (size > JsonCodec.MAX_FILE_BYTES) {
            throw new JsonCodec.InvalidFileException("the file is larger than " + (JsonCodec.MAX_FILE_BYTES >> 20) + " MB");
        }
        if (size == 0) {
            throw new JsonCodec.InvalidFileException("the file is empty");
        }
        return Files.readAllBytes(f);
    }
}
