package org.prepdesk.review;

import java.util.EnumMap;
import java.util.Map;
import org.prepdesk.model.Grade;

/**
 * The tally of one rehearsal session: how many items were graded, how, and how long was spoken.
 * Not thread-safe: the window keeps it on the EDT.
 */
public final class RehearsalSummary {
    private final Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    private int items;
    private long secondsSpoken;

    public void add(Grade g, int seconds) {
        grades.merge(g, 1, Integer::sum);
        items++;
        secondsSpoken += Math.max(0, seconds);
    }

    public int items() {
        return items;
    }

    public int count(Grade g) {
        return grades.getOrDefault(g, 0);
    }

    public long secondsSpoken() {
        return secondsSpoken;
    }

    /** "3 again · 1 good", grades given at least once, in grade order. */
    public String gradesText() {
        StringBuilder sb = new StringBuilder();
        for (Grade g : Grade.values()) {
            if (count(g) > 0) {
                sb.append(sb.length() == 0 ? "" : " · ").append(count(g)).append(' ').append(g.label());
            }
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }
}
