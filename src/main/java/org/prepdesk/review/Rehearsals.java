package org.prepdesk.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.prepdesk.model.Grade;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Rehearsal;
import org.prepdesk.model.RehearsalReview;
import org.prepdesk.model.Schedule;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;

/**
 * Rehearsing a workspace: the queue of what to say next, and recording a review, which writes the
 * note's rehearsal file and never the note. Holds no state of its own beyond its collaborators;
 * call it from one thread at a time (the window's background executor, or a command).
 */
public final class Rehearsals {
    /** One recorded review: the record as now saved, and the days until the note is due again. */
    public record Graded(Note note, Rehearsal rehearsal, Grade grade, long intervalDays) {
        public Schedule schedule() {
            return rehearsal.schedule();
        }
    }

    private final Workspace ws;
    private final RehearsalStore store;
    private final ReviewScheduler scheduler;

    public Rehearsals(Workspace ws, RehearsalStore store, ReviewScheduler scheduler) {
        this.ws = ws;
        this.store = store;
        this.scheduler = scheduler;
    }

    public Rehearsals(Workspace ws) {
        this(ws, new RehearsalStore(ws), ReviewScheduler.defaults());
    }

    public ReviewScheduler scheduler() {
        return scheduler;
    }

    public RehearsalStore store() {
        return store;
    }

    /** The queue at {@code at}; a damaged rehearsal file counts as never rehearsed. */
    public List<RehearsalItem> queue(RehearsalFilter filter, Instant at) {
        Map<String, Rehearsal> all = store.listing().rehearsals();
        return new RehearsalQueue(scheduler).queue(ws.notesInTreeOrder(), all, filter, at, this::answerSeconds);
    }

    /** The rehearsable note with this id, or a one-line reason why there is none. */
    public Note rehearsable(String noteId) {
        Note n = ws.note(noteId).orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND,
                "no note with id \"" + noteId + "\""));
        if (!SpeakingTime.isRehearsable(n.kind())) {
            throw new StoreException(StoreException.Reason.INVALID, "\"" + n.title() + "\" is a " + n.kind().label().toLowerCase()
                    + "; only stories, talking points and likely questions are rehearsed");
        }
        return n;
    }

    /** Records one review of the note said at {@code at} in {@code secondsSpoken}. */
    public Graded grade(String noteId, Grade grade, int secondsSpoken, Instant at) {
        Note n = rehearsable(noteId);
        Rehearsal before = store.load(noteId);
        Schedule next = scheduler.next(before.schedule(), grade, at);
        Rehearsal after = before.after(new RehearsalReview(at, grade, secondsSpoken), next);
        store.save(after);
        return new Graded(n, after, grade, Duration.between(at, next.due()).toDays());
    }

    /** Sets the note's own target speaking time (0 = its kind's default) in its rehearsal file. */
    public Rehearsal setTarget(String noteId, int seconds) {
        rehearsable(noteId);
        Rehearsal r = store.load(noteId).withTargetSeconds(Math.max(0, seconds));
        store.save(r);
        return r;
    }

    /** The rehearsal record of one note (fresh when never rehearsed). */
    public Rehearsal of(String noteId) {
        return store.load(noteId);
    }

    /**
     * Seconds the written answer takes to say: the note's own text, or for a likely question the
     * longest of the stories and talking points it links to (one of them is what gets told).
     */
    public int answerSeconds(Note n) {
        if (n.kind() != Kind.QUESTION) {
            return SpeakingTime.seconds(SpeakingTime.spokenText(n));
        }
        int longest = SpeakingTime.seconds(SpeakingTime.spokenText(n));
        for (String id : n.links()) {
            longest = Math.max(longest, ws.note(id).filter(a -> !a.id().equals(n.id()))
                    .map(a -> SpeakingTime.seconds(SpeakingTime.spokenText(a))).orElse(0));
        }
        return longest;
    }
}
