package org.prepdesk.search;

/**
 * Hears how far a long index job (a rebuild, a catch-up) has come. Called on the thread doing the
 * work, which may be a background thread: a window hands the figures to the EDT itself.
 */
public interface IndexProgress {
    /** {@code done} of {@code total} items handled; {@code what} says what is going on, for a status line. */
    void progress(long done, long total, String what);

    /** Polled between batches: true stops the job (a cancelled rebuild leaves an index that is rebuilt next time). */
    default boolean cancelled() {
        return false;
    }

    IndexProgress NONE = (done, total, what) -> {
    };
}
