package org.prepdesk.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a crash leaves either the old or the new content: temp file in the
 * same folder, fsync, atomic rename, fsync of the folder. Thread-safe (temp names are unique).
 */
public final class AtomicFiles {
    static final String TEMP_SUFFIX = ".pdtmp";

    private final FileOps ops;

    public AtomicFiles(FileOps ops) {
        this.ops = ops;
    }

    public void write(Path target, byte[] data) throws IOException {
        Path dir = target.getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + TEMP_SUFFIX);
        try {
            ops.writeAndSync(tmp, data);
            ops.rename(tmp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        try {
            ops.syncDirectory(dir);
        } catch (IOException e) {
            throw new RenamedButNotSyncedException(e);
        }
    }

    /**
     * The new content replaced the file, but the folder could not be forced to the device, so the
     * rename may not survive a power loss. Callers must know the file now holds the new bytes.
     */
    public static final class RenamedButNotSyncedException extends IOException {
        RenamedButNotSyncedException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Forces a folder's entries (after a delete or rename) to the device. */
    public void syncDir(Path dir) throws IOException {
        ops.syncDirectory(dir);
    }

    /** Removes temp files a crash left behind; returns how many. */
    public static int cleanLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + TEMP_SUFFIX)) {
            for (Path f : files) {
                if (deleteQuietly(f)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // best effort: a leftover temp file is ignored by loading anyway
        }
        return removed;
    }

    /** Removes one temp file a crash left behind (found while listing a folder). */
    static void deleteLeftover(Path f) {
        deleteQuietly(f);
    }

    static boolean isTemp(Path file) {
        return file.getFileName().toString().endsWith(TEMP_SUFFIX);
    }

    private static boolean deleteQuietly(Path f) {
        try {
            return Files.deleteIfExists(f);
        } catch (IOException e) {
            return false;
        }
    }
}
