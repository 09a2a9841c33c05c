package org.prepdesk.review;

import java.util.List;
import java.util.Set;
import org.prepdesk.model.Kind;

/**
 * Which notes a rehearsal takes: any of {@code tags} (letter case ignored; none = all), any of
 * {@code kinds} (none = every rehearsable kind), at most {@code limit} (0 = no limit); {@code cram}
 * takes every selected note once whether due or not, weakest first.
 */
public record RehearsalFilter(List<String> tags, Set<Kind> kinds, int limit, boolean cram) {
    public static final RehearsalFilter ALL = new RehearsalFilter(List.of(), Set.of(), 0, false);

    public RehearsalFilter {
        tags = tags == null ? List.of() : List.copyOf(tags);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        limit = Math.max(0, limit);
    }

    public RehearsalFilter withCram(boolean c) {
        return new RehearsalFilter(tags, kinds, limit, c);
    }
}
