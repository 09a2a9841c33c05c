package org.prepdesk.search;

import java.util.List;

/**
 * What a search returns. {@code correctedQuery} is non-null only when nothing matched the query
 * as typed and these hits come from the typo-tolerant retry ("showing results for …").
 * {@code totalHits} is exact when {@code totalIsExact}; otherwise at least that many notes match
 * (counting stops past 1,000, which lets the search skip the rest).
 */
public record SearchResult(String query, String correctedQuery, List<SearchHit> hits, long totalHits, boolean totalIsExact) {
    public static SearchResult empty(String query) {
        return new SearchResult(query, null, List.of(), 0, true);
    }
}
