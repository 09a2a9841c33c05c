package org.prepdesk.ui;

import java.io.IOException;
import org.prepdesk.search.NoteIndex;
import org.prepdesk.search.SearchResult;
import org.prepdesk.store.Workspace;

/** The one place that decides which search engine the window uses: the Lucene {@link NoteIndex}. */
public final class SearchService {
    private SearchService() {
    }

    /** Progress of opening (catch-up or rebuild of an index): done of total, and what is being done. */
    @FunctionalInterface
    public interface Progress {
        void progress(long done, long total, String what);
    }

    /**
     * Opens the index for a workspace (catching up or rebuilding with progress); runs on the task
     * executor and may take a while. A read-only workspace gets an index that writes nothing.
     */
    public static NoteSearch open(Workspace ws, Progress progress) throws IOException {
        NoteIndex index = ws.isReadOnly()
                ? NoteIndex.openReadOnly(ws, progress::progress)
                : NoteIndex.open(ws, progress::progress);
        return new NoteSearch() {
            @Override
            public SearchResult search(String query, int limit) {
                return index.search(query, limit);
            }

            @Override
            public void close() {
                index.close();
            }
        };
    }
}
