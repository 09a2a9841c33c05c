package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;

/** What the classifier makes of an item: a heading with content, or a note. Built by one thread. */
abstract sealed class Part permits Part.Heading, Part.NotePart {
    final int col;
    /** A blank or divider line came before it. */
    boolean gapBefore;

    Part(int col) {
        this.col = col;
    }

    /**
     * A heading. {@code flat}: it had nothing indented below it, so the items after it at its
     * column become its content (filled in by {@link FlatHeadingNester}). {@code weak}: a
     * {@code Label: text} line that is a heading only if prose follows; else it is {@code fallback}.
     */
    static final class Heading extends Part {
        final String title;
        final boolean framed;
        final boolean explicit;
        boolean flat;
        final boolean weak;
        final NotePart fallback;
        final List<Part> content = new ArrayList<>();
        /** Shaped like a question, or read as one among question headings (set for Markdown headings). */
        boolean question;
        /** Its first content part is the lines joined to it (no blank line, same column), not lines indented below. */
        boolean joined;

        Heading(String title, int col, boolean framed, boolean explicit, boolean flat, NotePart fallback) {
            super(col);
            this.title = title;
            this.framed = framed;
            this.explicit = explicit;
            this.flat = flat;
            this.weak = fallback != null;
            this.fallback = fallback;
        }

        @Override
        public String toString() {
            return "Heading(" + title + ", " + content + ")";
        }
    }

    /**
     * A note. {@code shape} PROSE: plain text with no sign of a kind; QUOTE: a quoted paragraph
     * with no label; TYPED: anything else. {@code lines} is the text of PROSE and QUOTE notes as
     * Markdown lines (so a heading with only prose below can become one note with a list).
     * {@code after}: parts that were indented below it but stand on their own (a story under a
     * question).
     */
    enum Shape { PROSE, QUOTE, TYPED }

    static final class NotePart extends Part {
        final PlanNote note;
        final Shape shape;
        final boolean bullet;
        final List<String> lines;
        final List<Part> after = new ArrayList<>();

        NotePart(PlanNote note, int col, Shape shape, boolean bullet, List<String> lines) {
            super(col);
            this.note = note;
            this.shape = shape;
            this.bullet = bullet;
            this.lines = List.copyOf(lines);
        }

        boolean prose() {
            return shape == Shape.PROSE;
        }

        /** Prose and unlabelled quotes can become the body of the note above them. */
        boolean absorbable() {
            return shape != Shape.TYPED && after.isEmpty();
        }

        @Override
        public String toString() {
            return "Note(" + note + ")";
        }
    }
}
