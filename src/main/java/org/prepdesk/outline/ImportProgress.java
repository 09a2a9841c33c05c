package org.prepdesk.outline;

/**
 * How an import reports progress and learns that it should stop; knows nothing of any window.
 * Called on the importing thread: a window must hop to its own thread to show it.
 */
public interface ImportProgress {
    ImportProgress NONE = (done, total) -> { };

    /** Called after each write: {@code done} (1 … {@code total}) of {@code total} sections and notes written. */
    void written(int done, int total);

    /** Asked between writes; true stops the import, and what was written is taken back. */
    default boolean cancelled() {
        return false;
    }
}
