package org.prepdesk.review;

import java.time.Instant;
import org.prepdesk.model.Note;
import org.prepdesk.model.Rehearsal;
import org.prepdesk.model.Schedule;

/**
 * One entry of the rehearsal queue as seen at {@code at}: the note, its rehearsal record, its
 * retrievability then (0 when new), its target and how long its written answer takes to say.
 */
public record RehearsalItem(Note note, Rehearsal rehearsal, Instant at, double retrievability, int targetSeconds,
        int writtenSeconds) {

    public Schedule schedule() {
        return rehearsal.schedule();
    }

    public boolean isNew() {
        return schedule().isNew();
    }

    /** Rehearsed before and due by {@code at}. */
    public boolean isDue() {
        return !isNew() && !schedule().due().isAfter(at);
    }

    /** The written answer itself takes longer to say than the target. */
    public boolean tooLongToSay() {
        return writtenSeconds > targetSeconds;
    }
}
