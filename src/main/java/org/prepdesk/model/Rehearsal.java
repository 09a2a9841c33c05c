package org.prepdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * What PrepDesk remembers about rehearsing one note, kept apart from the note itself so that
 * rehearsing never rewrites the note's file: the schedule, the review log (oldest first), and a
 * target speaking time set for this note ({@code targetSeconds} 0 means the default of its kind).
 */
public record Rehearsal(String noteId, Schedule schedule, int targetSeconds, List<RehearsalReview> log) {
    public Rehearsal {
        Objects.requireNonNull(noteId, "noteId");
        schedule = schedule == null ? Schedule.NEW : schedule;
        targetSeconds = Math.max(0, targetSeconds);
        log = log == null ? List.of() : List.copyOf(log);
    }

    /** A note never rehearsed. */
    public static Rehearsal fresh(String noteId) {
        return new Rehearsal(noteId, Schedule.NEW, 0, List.of());
    }

    /** This rehearsal after one more review. */
    public Rehearsal after(RehearsalReview review, Schedule next) {
        List<RehearsalReview> longer = new java.util.ArrayList<>(log);
        longer.add(review);
        return new Rehearsal(noteId, next, targetSeconds, longer);
    }

    public Rehearsal withTargetSeconds(int seconds) {
        return new Rehearsal(noteId, schedule, seconds, log);
    }
}
