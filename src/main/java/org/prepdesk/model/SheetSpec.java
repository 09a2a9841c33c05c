package org.prepdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A saved review-sheet definition: which notes to take (any of the tags, any of the kinds, under
 * any of the sections; an empty list means "no restriction") and how to lay them out.
 */
public record SheetSpec(
        String id,
        String name,
        String subtitle,
        List<String> tags,
        List<Kind> kinds,
        List<String> sectionIds,
        Grouping grouping,
        Order order) {

    public enum Grouping { BY_KIND, BY_SECTION }

    public enum Order { TREE, WEAKEST_FIRST }

    public SheetSpec {
        Objects.requireNonNull(id, "id");
        name = Text.orEmpty(name);
        subtitle = Text.orEmpty(subtitle);
        tags = Text.cleanList(tags);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        sectionIds = Text.cleanList(sectionIds);
        grouping = grouping == null ? Grouping.BY_KIND : grouping;
        order = order == null ? Order.TREE : order;
    }

    public boolean selectsNothing() {
        return tags.isEmpty() && kinds.isEmpty() && sectionIds.isEmpty();
    }
}
