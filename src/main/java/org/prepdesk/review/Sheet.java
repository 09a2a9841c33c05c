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

    /** The first {@code max} items (in print order), groups emptied by the cut left out. */
    public Sheet limitedTo(int max) {
        if (itemCount() <= max) {
            return this;
        }
        List<SheetGroup> kept = new java.util.ArrayList<>();
        int left = max;
        for (SheetGroup g : groups) {
            if (left <= 0) {
                break;
            }
            List<SheetItem> items = g.items().subList(0, Math.min(left, g.items().size()));
            kept.add(new SheetGroup(g.heading(), items));
            left -= items.size();
        }
        return new Sheet(title, subtitle, kept);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
