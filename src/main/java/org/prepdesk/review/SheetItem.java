package org.prepdesk.review;

import java.util.List;
import org.prepdesk.model.Kind;

/**
 * One condensed note. What is filled depends on the kind: a story has {@code star} lines, a talking
 * point {@code cues} and a {@code line}, a question its {@code answers}; the rest is empty.
 * {@code confidence} is 0 when the person has not rated the note. {@code neverRehearsed} marks a
 * rehearsable note not yet said aloud in Rehearse (set only on a sheet ordered weakest first).
 */
public record SheetItem(String noteId, Kind kind, String title, List<String> cues, String line,
        List<StarLine> star, List<Answer> answers, int confidence, boolean neverRehearsed) {

    public SheetItem(String noteId, Kind kind, String title, List<String> cues, String line, List<StarLine> star,
            List<Answer> answers, int confidence) {
        this(noteId, kind, title, cues, line, star, answers, confidence, false);
    }

    public SheetItem {
        cues = List.copyOf(cues);
        line = line == null ? "" : line;
        star = List.copyOf(star);
        answers = List.copyOf(answers);
    }

    public SheetItem markedNeverRehearsed() {
        return new SheetItem(noteId, kind, title, cues, line, star, answers, confidence, true);
    }

    /** One STAR part shortened to a line: {@code label} is "Situation", "Task", "Action" or "Result". */
    public record StarLine(String label, String text) {
        /** "S", "T", "A" or "R". */
        public String letter() {
            return label.substring(0, 1);
        }
    }

    /** A note that answers a question, printed under it. */
    public record Answer(String noteId, Kind kind, String title) {
    }
}
