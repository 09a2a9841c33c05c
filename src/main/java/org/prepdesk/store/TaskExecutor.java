package org.prepdesk.store;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Where disk and index work runs. The application uses one named background thread
 * ({@link BackgroundTaskExecutor}); tests use {@link SameThreadTaskExecutor} so they need no waiting.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> CompletableFuture<T> submit(Callable<T> task);

    default CompletableFuture<Void> run(Runnable task) {
        return submit(() -> {
            task.run();
            return null;
        });
    }

    @Override
    void close();
}
