package org.prepdesk.store;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** Runs each task at once on the caller's thread: for tests. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        try {
            return CompletableFuture.completedFuture(task.call());
        } catch (Throwable t) {
            return CompletableFuture.failedFuture(t);
        }
    }

    @Override
    public void close() {
    }
}
