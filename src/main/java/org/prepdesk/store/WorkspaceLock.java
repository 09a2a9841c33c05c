package org.prepdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One writer per workspace: an OS lock on {@code .prepdesk/lock}, released by the OS if the process
 * dies, so a crash never leaves the workspace locked. The file holds who holds it ("window" or
 * "command"), only to word the message the second writer sees.
 */
public final class WorkspaceLock implements AutoCloseable {
    // Closing any channel on a locked file drops the process's lock on it (POSIX), so this JVM
    // never opens a second channel on a lock file it holds: it checks this set first.
    // It maps each held workspace to its holder so a refusal here names it as another process would.
    private static final java.util.Map<Path, String> HELD_HERE = new java.util.concurrent.ConcurrentHashMap<>(); // guarded by itself

    private final FileChannel channel;
    private final FileLock lock;
    private final Path key;

    private WorkspaceLock(FileChannel channel, FileLock lock, Path key) {
        this.channel = channel;
        this.lock = lock;
        this.key = key;
    }

    private static Path keyOf(Path workspaceRoot) {
        try {
            return workspaceRoot.toRealPath();
        } catch (IOException e) {
            return workspaceRoot.toAbsolutePath().normalize();
        }
    }

    private static StoreException locked(String who) {
        return new StoreException(StoreException.Reason.LOCKED, "the workspace is open in "
                + ("window".equals(who) ? "a PrepDesk window" : "command".equals(who) ? "another prepdesk command" : who)
                + "; close it and try again");
    }

    /** Takes the lock or says who holds it. */
    public static WorkspaceLock acquire(Path workspaceRoot, String holder) {
        Path dir = workspaceRoot.resolve(".prepdesk");
        Path file = dir.resolve("lock");
        Path key = keyOf(workspaceRoot);
        String heldBy = HELD_HERE.putIfAbsent(key, holder);
        if (heldBy != null) {
            throw locked(heldBy);
        }
        FileChannel ch = null;
        try {
            Files.createDirectories(dir);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                String who = readHolderOfFreshLock(ch).orElse("another PrepDesk");
                ch.close();
                HELD_HERE.remove(key);
                throw locked(who);
            }
            // write, then cut to length: truncating first would let a refused process read an empty
            // file in between and not know whom to name
            byte[] who = (holder + "\n").getBytes(StandardCharsets.UTF_8);
            ch.write(java.nio.ByteBuffer.wrap(who), 0);
            ch.truncate(who.length);
            ch.force(false);
            return new WorkspaceLock(ch, l, key);
        } catch (IOException e) {
            closeQuietly(ch);
            HELD_HERE.remove(key);
            throw new StoreException(StoreException.Reason.WRITE_FAILED,
                    "cannot lock the workspace: " + Workspace.describe(e));
        }
    }

    /** Whether some process holds the lock now (used by read-only commands to say so). */
    public static boolean isHeld(Path workspaceRoot) {
        Path file = workspaceRoot.resolve(".prepdesk").resolve("lock");
        if (HELD_HERE.containsKey(keyOf(workspaceRoot))) {
            return true;
        }
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The holder's name; a lock taken a moment ago may not have it written yet, so wait briefly for it. */
    private static Optional<String> readHolderOfFreshLock(FileChannel ch) {
        Optional<String> who = readHolder(ch);
        for (int i = 0; who.isEmpty() && i < 50; i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            who = readHolder(ch);
        }
        return who;
    }

    private static Optional<String> readHolder(FileChannel ch) {
        try {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(64);
            ch.read(buf, 0);
            String s = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing to do: the OS drops the lock with the descriptor
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel below releases it anyway
        }
        closeQuietly(channel);
        HELD_HERE.remove(key);
    }
}
