package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Star;

/**
 * A note of an import plan, before the workspace gives it an id. {@code answeredBy} names the
 * planned stories that answer a question (they become the question's links). Built by one thread.
 */
public final class PlanNote {
    private Kind kind;
    private String title;
    /** The title was made from the text (a story's situation), so a heading or question above may give a better one. */
    private boolean provisionalTitle;
    private String body;
    private final List<String> cues;
    private final List<String> tags;
    private final Star star;
    private final int confidence;
    private final List<PlanNote> answeredBy = new ArrayList<>();

    public PlanNote(Kind kind, String title, String body, List<String> cues, List<String> tags, Star star, int confidence) {
        this.kind = kind;
        this.title = title == null ? "" : title.strip();
        this.body = trimBlankLines(body);
        this.cues = List.copyOf(cues);
        this.tags = List.copyOf(tags);
        this.star = star == null ? Star.EMPTY : star;
        this.confidence = confidence;
    }

    /** Without blank lines around it or blanks at its end; leading spaces of the first line stay (they may mean something). */
    static String trimBlankLines(String text) {
        return text == null ? "" : text.replaceFirst("^(?:[ \\t]*\\n)+", "").stripTrailing();
    }

    static PlanNote of(Kind kind, String title, String body) {
        return new PlanNote(kind, title, body, List.of(), List.of(), Star.EMPTY, 0);
    }

    PlanNote withStar(Star s) {
        return new PlanNote(kind, title, body, cues, tags, s, confidence).provisionalTitle(provisionalTitle);
    }

    public Kind kind() {
        return kind;
    }

    void setKind(Kind k) {
        kind = k;
    }

    public String title() {
        return title;
    }

    boolean hasProvisionalTitle() {
        return provisionalTitle;
    }

    PlanNote provisionalTitle(boolean p) {
        provisionalTitle = p;
        return this;
    }

    /** Puts {@code text} before the body, a blank line between. */
    void prependBody(String text) {
        if (text != null && !text.isBlank()) {
            body = body.isEmpty() ? trimBlankLines(text) : trimBlankLines(text) + "\n\n" + body;
        }
    }

    /** Takes a better title; the old one, made from the text, is still in the text. */
    void retitle(String t) {
        if (t != null && !t.isBlank()) {
            title = t.strip();
            provisionalTitle = false;
        }
    }

    public String body() {
        return body;
    }

    public List<String> cues() {
        return cues;
    }

    public List<String> tags() {
        return tags;
    }

    public Star star() {
        return star;
    }

    public int confidence() {
        return confidence;
    }

    public List<PlanNote> answeredBy() {
        return List.copyOf(answeredBy);
    }

    void answeredBy(PlanNote story) {
        answeredBy.add(story);
    }

    /** The draft the workspace stores (without links: those need the stories' ids). */
    public Note toDraft() {
        return Note.draft(kind, title).withBody(body).withCues(cues).withTags(tags).withStar(star).withConfidence(confidence);
    }

    /** Every word the note holds. */
    public String allText() {
        return String.join("\n", title, body, String.join("\n", cues), star.situation(), star.task(), star.action(),
                star.result());
    }

    @Override
    public String toString() {
        return "[" + kind.id() + "] " + title;
    }
}
