package org.prepdesk.search;

import java.util.List;

/**
 * What a search returns. {@code correctedQuery} is non-null only when nothing matched the query
 * as typed and these hits come from the typo-tolerant retry ("showing results for …").
 */
public record SearchResult(String query, String correctedQuery, List<SearchHit> hits, long totalHits) {
    public static SearchResult empty(String query) {
        return new SearchResult(query, null, List.of(), 0);
    }
}
