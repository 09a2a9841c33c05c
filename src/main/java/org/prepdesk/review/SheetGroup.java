package org.prepdesk.review;

import java.util.List;

/** One heading of the sheet ("Stories", or a section path) with its items in print order. */
public record SheetGroup(String heading, List<SheetItem> items) {
    public SheetGroup {
        items = List.copyOf(items);
    }
}
