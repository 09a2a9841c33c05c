package org.prepdesk.ui;

import java.io.IOException;
import org.prepdesk.store.Workspace;

/**
 * The one place that decides which search engine the window uses. Until the Lucene index is
 * merged this is {@link ScanSearch}; swapping in {@code NoteIndex} changes only {@link #open}:
 * <pre>
 *   NoteIndex index = NoteIndex.open(ws, progress::progress);
 *   return new NoteSearch() { search → index.search(q, limit); close → index.close(); };
 * </pre>
 */
public final class SearchService {
    private SearchService() {
    }

    /** Progress of opening (catch-up or rebuild of an index): done of total, and what is being done. */
    @FunctionalInterface
    public interface Progress {
        void progress(long done, long total, String what);
    }

    /** Opens the search for a workspace; runs on the task executor and may take a while. */
    public static NoteSearch open(Workspace ws, Progress progress) throws IOException {
        progress.progress(0, 1, "Preparing search");
        NoteSearch s = new ScanSearch(ws);
        progress.progress(1, 1, "Search ready");
        return s;
    }
}
