package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.outline.Part.Heading;
import org.prepdesk.outline.Part.NotePart;

/**
 * Part of step 6 of the import: a heading over a STAR story is not a section. Under a heading
 * shaped like a question it is a {@code question} (the text around the story as its body) linked
 * to the story, which takes the question's gist as its title unless it has a title of its own
 * ("Example 1: …"). Under any other heading holding one story whose title was only made from its
 * text, the story takes the heading as its title and the text around it goes to its body.
 * A heading that also holds subheadings, questions or asks stays a section. Stateless.
 */
final class AnsweredHeadings {
    private AnsweredHeadings() {
    }

    /** Adds what {@code h} becomes to {@code target} and returns true, or returns false and adds nothing. */
    static boolean place(Heading h, PlanSection target) {
        List<PlanNote> stories = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (Part p : h.content) {
            if (!(p instanceof NotePart n) || !n.after.isEmpty()) {
                return false;
            }
            Kind k = n.note.kind();
            if (k == Kind.STORY) {
                stories.add(n.note);
            } else if (k == Kind.QUESTION || k == Kind.ASK) {
                return false;
            } else if (n.shape == Part.Shape.TYPED) {
                text.add(n.note.title() + (n.note.body().isEmpty() ? "" : ": " + n.note.body()));
            } else {
                text.add((n.bullet ? "- " : "") + String.join("\n", n.lines));
            }
        }
        if (stories.isEmpty()) {
            return false;
        }
        String around = String.join("\n\n", text);
        if (isQuestion(h)) {
            String title = QuestionShapes.unwrap(h.title);
            PlanNote q = target.add(PlanNote.of(Kind.QUESTION, title, around));
            boolean named = false;
            for (PlanNote s : stories) {
                if (!named && s.hasProvisionalTitle()) {
                    s.retitle(QuestionShapes.gist(title));
                    named = true;
                }
                q.answeredBy(s);
                target.add(s);
            }
            return true;
        }
        if (stories.size() != 1 || !stories.get(0).hasProvisionalTitle()) {
            return false;
        }
        PlanNote story = stories.get(0);
        story.retitle(h.title);
        story.prependBody(around);
        target.add(story);
        return true;
    }

    static boolean isQuestion(Heading h) {
        return h.question || Patterns.isQuestion(h.title) || QuestionShapes.isQuestion(h.title);
    }
}
