package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last step of the import, a safety net: every word of the file must be somewhere in the
 * plan. Lines whose words the steps before did not place are kept, as they were, in one note
 * "Text the importer could not place" and a warning says so. Stateless.
 */
final class CoverageGuard {
    static final String LEFTOVER_TITLE = "Text the importer could not place";

    private CoverageGuard() {
    }

    /** Returns a warning when something had to be rescued, else null. */
    static String ensureNothingLost(List<Line> lines, PlanSection root, String sourceName) {
        Set<String> placed = new HashSet<>(Words.of(root.title()));
        root.forEachSection(s -> {
            placed.addAll(Words.of(s.title()));
            s.notes().forEach(n -> placed.addAll(Words.of(n.allText())));
        });
        List<String> missing = new ArrayList<>();
        for (Line l : lines) {
            if (l.isBlank()) {
                continue;
            }
            for (String w : Words.ofLine(l.text())) {
                if (!placed.contains(w)) {
                    missing.add(l.text());
                    break;
                }
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        root.add(PlanNote.of(org.prepdesk.model.Kind.NOTE, LEFTOVER_TITLE, String.join("\n", missing)));
        return sourceName + ": " + missing.size() + (missing.size() == 1 ? " line" : " lines")
                + " did not fit the outline and were kept in the note \"" + LEFTOVER_TITLE + "\"";
    }
}
