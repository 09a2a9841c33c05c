package org.prepdesk.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The four steps of an atomic write, as a seam: tests replace it to fail at any step
 * ("no space left", "permission denied") and check that nothing is lost.
 */
public interface FileOps {
    /** Writes {@code data} to a new file {@code tmp} and forces it to the device. */
    void writeAndSync(Path tmp, byte[] data) throws IOException;

    /** Atomically replaces {@code target} with {@code tmp}. */
    void rename(Path tmp, Path target) throws IOException;

    /** Forces the directory entry of a rename to the device, where the platform allows it. */
    void syncDirectory(Path dir) throws IOException;

    FileOps DISK = new DiskFileOps();
}
