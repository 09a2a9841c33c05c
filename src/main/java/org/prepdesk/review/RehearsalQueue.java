package org.prepdesk.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prepdesk.model.Note;
import org.prepdesk.model.Rehearsal;

/**
 * Orders what to rehearse. Normally: the items due, lowest retrievability first (the most overdue
 * for their stability), then the earliest due, then the new items in tree order; items rehearsed
 * and not yet due are left out. Cramming: every selected item once, weakest first (never
 * rehearsed counts as weakest, then by retrievability). Stateless, thread-safe.
 */
public final class RehearsalQueue {
    private final ReviewScheduler scheduler;

    public RehearsalQueue(ReviewScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * @param notesInTreeOrder every note of the workspace, in tree order
     * @param rehearsals the rehearsal records by note id (absent = never rehearsed)
     * @param answerOf the written answer's speaking seconds of a note (a question's: its stories')
     */
    public List<RehearsalItem> queue(List<Note> notesInTreeOrder, Map<String, Rehearsal> rehearsals,
            RehearsalFilter filter, Instant at, Function<Note, Integer> answerOf) {
        Set<String> tags = filter.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<RehearsalItem> due = new ArrayList<>();
        List<RehearsalItem> fresh = new ArrayList<>();
        List<RehearsalItem> later = new ArrayList<>();
        for (Note n : notesInTreeOrder) {
            if (!SpeakingTime.isRehearsable(n.kind())
                    || !filter.kinds().isEmpty() && !filter.kinds().contains(n.kind())
                    || !tags.isEmpty() && n.tags().stream().noneMatch(t -> tags.contains(t.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            Rehearsal r = rehearsals.getOrDefault(n.id(), Rehearsal.fresh(n.id()));
            RehearsalItem item = new RehearsalItem(n, r, at, scheduler.retrievability(r.schedule(), at),
                    SpeakingTime.target(n, r), answerOf.apply(n));
            (item.isNew() ? fresh : item.isDue() ? due : later).add(item);
        }
        Comparator<RehearsalItem> weakest = Comparator.comparingDouble(RehearsalItem::retrievability);
        List<RehearsalItem> out = new ArrayList<>();
        if (filter.cram()) {
            out.addAll(fresh);
            List<RehearsalItem> seen = new ArrayList<>(due);
            seen.addAll(later);
            seen.sort(weakest.thenComparing(i -> i.schedule().due()));
            out.addAll(seen);
        } else {
            due.sort(weakest.thenComparing(i -> i.schedule().due()));
            out.addAll(due);
            out.addAll(fresh);
        }
        return filter.limit() > 0 && out.size() > filter.limit() ? List.copyOf(out.subList(0, filter.limit())) : List.copyOf(out);
    }
}
