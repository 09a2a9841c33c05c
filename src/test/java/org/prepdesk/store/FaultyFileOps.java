package org.prepdesk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/** The real disk, except that one chosen step fails with a chosen error until {@link #heal()}. */
final class FaultyFileOps implements FileOps {
    enum Step { WRITE_AND_SYNC, RENAME, SYNC_DIRECTORY }

    private volatile Step failing;                                  // null: no fault
    private volatile Function<Path, IOException> error;
    private volatile int failures;

    void failAt(Step step, Function<Path, IOException> e) {
        this.failing = step;
        this.error = e;
    }

    void heal() {
        failing = null;
    }

    int failures() {
        return failures;
    }

    private void maybeFail(Step step, Path p) throws IOException {
        if (failing == step) {
            failures++;
            throw error.apply(p);
        }
    }

    @Override
    public void writeAndSync(Path tmp, byte[] data) throws IOException {
        if (failing == Step.WRITE_AND_SYNC) {
            // a full disk typically fails after part of the data reached the temp file
            FileOps.DISK.writeAndSync(tmp, java.util.Arrays.copyOf(data, data.length / 2));
        }
        maybeFail(Step.WRITE_AND_SYNC, tmp);
        FileOps.DISK.writeAndSync(tmp, data);
    }

    @Override
    public void rename(Path tmp, Path target) throws IOException {
        maybeFail(Step.RENAME, target);
        FileOps.DISK.rename(tmp, target);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
        maybeFail(Step.SYNC_DIRECTORY, dir);
        FileOps.DISK.syncDirectory(dir);
    }
}
