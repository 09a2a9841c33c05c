package org.prepdesk.review;

import java.util.ArrayList;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/**
 * What the Rehearse view shows for one note: the prompt to answer aloud, and the answer revealed
 * afterwards, condensed as on the review sheet (a story's STAR lines, a talking point's cues and
 * first sentence, a question's linked stories with their STAR lines). Immutable.
 */
public record RehearsalCard(String noteId, Kind kind, String prompt, String hint, List<Line> answer) {
    /** One line of the answer: a label ("Situation", "Cues", a linked story's title) and its text. */
    public record Line(String label, String text, boolean heading) {
    }

    public RehearsalCard {
        answer = List.copyOf(answer);
    }

    public static RehearsalCard of(Note n, Workspace ws) {
        SheetItem item = SheetAssembler.condense(n, ws);
        List<Line> lines = new ArrayList<>();
        String hint = switch (n.kind()) {
            case STORY -> "Tell the story aloud: situation, task, what you did, the result.";
            case TALKING_POINT -> "Make the point aloud, in your own words.";
            case QUESTION -> "Answer aloud, as you would in the interview.";
            default -> "";
        };
        addItem(item, lines);
        if (n.kind() == Kind.QUESTION) {
            if (item.answers().isEmpty()) {
                lines.add(new Line("", "No story is linked to this question yet: link the ones that answer it.", false));
            }
            for (SheetItem.Answer a : item.answers()) {
                lines.add(new Line(a.kind().label(), a.title(), true));
                ws.note(a.noteId()).ifPresent(linked -> addItem(SheetAssembler.condense(linked, ws), lines));
            }
        }
        return new RehearsalCard(n.id(), n.kind(), item.title(), hint, lines);
    }

    private static void addItem(SheetItem item, List<Line> lines) {
        for (SheetItem.StarLine s : item.star()) {
            lines.add(new Line(s.label(), s.text(), false));
        }
        if (!item.cues().isEmpty()) {
            lines.add(new Line("Cues", String.join(" · ", item.cues()), false));
        }
        if (!item.line().isEmpty()) {
            lines.add(new Line("", item.line(), false));
        }
    }
}
