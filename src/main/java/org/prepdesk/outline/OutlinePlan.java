package org.prepdesk.outline;

import java.util.List;

/**
 * What one file will become, before anything is written. {@code wrapped}: the root section is
 * created (named after the file); otherwise (a PrepDesk Markdown export, which names its own top
 * sections) only its subsections are. Built by one thread, then only read.
 */
public record OutlinePlan(String sourceName, PlanSection root, boolean wrapped, List<String> warnings) {
    public OutlinePlan {
        warnings = List.copyOf(warnings);
    }

    /** The sections that will be created. */
    public List<PlanSection> topSections() {
        return wrapped ? List.of(root) : root.children();
    }

    public ImportCounts counts() {
        ImportCounts c = ImportCounts.ZERO;
        for (PlanSection s : topSections()) {
            c = c.plus(ImportCounts.of(s));
        }
        return c;
    }
}
