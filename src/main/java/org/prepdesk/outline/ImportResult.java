package org.prepdesk.outline;

import java.util.List;

/** What an import did: the counts, the created top sections' ids, and warnings to show. */
public record ImportResult(ImportCounts counts, List<String> topSectionIds, List<String> warnings) {
    public ImportResult {
        topSectionIds = List.copyOf(topSectionIds);
        warnings = List.copyOf(warnings);
    }
}
