package org.prepdesk.model;

import java.time.Instant;

/**
 * Where a note stands in the rehearsal schedule: FSRS's memory state (stability in days,
 * difficulty 1–10), when it was last said and when it is due next. A note never rehearsed has
 * {@link #NEW}: no stability, no due date, no reviews.
 */
public record Schedule(double stability, double difficulty, Instant due, Instant lastReview, int reps, int lapses) {
    public static final Schedule NEW = new Schedule(0, 0, null, null, 0, 0);

    public Schedule {
        reps = Math.max(0, reps);
        lapses = Math.max(0, lapses);
    }

    /** True until the first review. */
    public boolean isNew() {
        return reps == 0 || lastReview == null || due == null || !(stability > 0);
    }
}
