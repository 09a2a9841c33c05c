package org.prepdesk.review;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prepdesk.model.Note;
import org.prepdesk.model.Rehearsal;
import org.prepdesk.store.Workspace;

/**
 * How well each note is known now, for a sheet ordered weakest first: its chance of recall from
 * its rehearsal record (FSRS, default parameters). Notes never rehearsed are absent. Stateless.
 */
final class RehearsalStrength {
    private RehearsalStrength() {
    }

    static Map<String, Double> of(Workspace ws, List<Note> notes) {
        if (notes.isEmpty()) {
            return Map.of();
        }
        Map<String, Rehearsal> records = new RehearsalStore(ws).listing().rehearsals();
        ReviewScheduler fsrs = ReviewScheduler.defaults();
        Instant now = Instant.now();
        Map<String, Double> out = new HashMap<>();
        for (Note n : notes) {
            Rehearsal r = records.get(n.id());
            if (r != null && !r.schedule().isNew()) {
                out.put(n.id(), fsrs.retrievability(r.schedule(), now));
            }
        }
        return out;
    }
}
