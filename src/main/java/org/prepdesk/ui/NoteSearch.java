package org.prepdesk.ui;

import org.prepdesk.search.SearchResult;

/**
 * What the search view needs from a search engine. Implementations are called on the task
 * executor only; {@link #search} never throws (a bad query gives an empty result).
 */
public interface NoteSearch extends AutoCloseable {
    SearchResult search(String query, int limit);

    @Override
    void close();
}
