package org.prepdesk.review;

import java.util.List;

/**
 * An assembled review sheet: what the renderers print. Immutable and free of workspace references,
 * so it can be built on the worker thread and rendered anywhere.
 */
public record Sheet(String title, String subtitle, List<SheetGroup> groups) {
    public Sheet {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        groups = List.copyOf(groups);
    }

    public int itemCount() {
        return groups.stream().mapToInt(g -> g.items().size()).sum();
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
