package org.prepdesk.store;

import java.time.Instant;

/** Something in the trash that can be restored: a note, or a section with everything under it. */
public record TrashItem(String id, boolean isSection, String title, String originalPath, Instant trashedAt,
                        int noteCount) {
}
