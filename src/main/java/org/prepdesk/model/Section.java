package org.prepdesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A node of the prep tree. {@code parentId} is null for a top section. Siblings are ordered by
 * {@code rank}; the tree is derived from parent and rank, never stored in one place.
 */
public record Section(String id, String parentId, long rank, String title, Instant created, Instant updated) {
    public Section {
        Objects.requireNonNull(id, "id");
        title = Text.orEmpty(title);
        created = created == null ? Instant.EPOCH : created;
        updated = updated == null ? created : updated;
    }

    public boolean isTop() {
        return parentId == null;
    }

    public Section withTitle(String newTitle, Instant now) {
        return new Section(id, parentId, rank, newTitle, created, now);
    }

    public Section movedTo(String newParentId, long newRank, Instant now) {
        return new Section(id, newParentId, newRank, title, created, now);
    }
}
