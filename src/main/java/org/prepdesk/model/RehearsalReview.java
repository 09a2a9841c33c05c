package org.prepdesk.model;

import java.time.Instant;
import java.util.Objects;

/** One line of a note's rehearsal log: when it was said, how it went, and how long it took aloud. */
public record RehearsalReview(Instant at, Grade grade, int secondsSpoken) {
    public RehearsalReview {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(grade, "grade");
        secondsSpoken = Math.max(0, secondsSpoken);
    }
}
