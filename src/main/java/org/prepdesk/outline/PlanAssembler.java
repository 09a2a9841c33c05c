package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.outline.Part.Heading;
import org.prepdesk.outline.Part.NotePart;

/**
 * Step 6 of the import: parts to the plan tree. A heading becomes a section, except one that
 * holds only prose: that becomes a single note titled by the heading (a talking point when it is
 * an indented heading inside a section, else a plain note), its prose a list when the lines read as a list.
 * A list of what the interviewers assess is placed by {@link CompetencyLists}; a heading over a
 * STAR story by {@link AnsweredHeadings}; a heading shaped like a
 * question with only prose below is a likely question; under a heading that groups stories
 * ({@link StoryGroups}) prose runs are stories.
 * Under a "Questions for …" heading every note becomes an {@code ask}. Stateless.
 */
final class PlanAssembler {
    private PlanAssembler() {
    }

    static void assemble(List<Part> parts, PlanSection target, int depth, boolean asks) {
        assemble(parts, target, depth, asks, false);
    }

    private static void assemble(List<Part> parts, PlanSection target, int depth, boolean asks, boolean stories) {
        for (Part p : parts) {
            if (p instanceof NotePart n) {
                if (stories && !asks && n.note.kind() == Kind.NOTE && (!n.note.body().isEmpty() || n.lines.size() > 1)) {
                    n.note.setKind(Kind.STORY);
                }
                note(n, target, depth, asks);
            } else if (p instanceof Heading h) {
                heading(h, target, depth, asks, stories);
            }
        }
    }

    private static void heading(Heading h, PlanSection target, int depth, boolean asks, boolean stories) {
        boolean asksHere = asks || Patterns.isAsksHeading(h.title);
        if (h.content.isEmpty() && h.flat && !h.framed && !h.explicit) {
            target.add(Classifier.proseNote(h.title));
            return;
        }
        if (!asksHere && CompetencyLists.place(h, target)) {
            return;
        }
        if (!asksHere && !h.framed && !h.content.isEmpty() && AnsweredHeadings.place(h, target)) {
            return;
        }
        if (!asksHere && !h.framed && !h.content.isEmpty() && onlyProse(h.content)) {
            boolean question = AnsweredHeadings.isQuestion(h);
            Kind kind = stories ? Kind.STORY : question ? Kind.QUESTION : depth == 0 || h.explicit ? Kind.NOTE : Kind.TALKING_POINT;
            target.add(PlanNote.of(kind, question ? QuestionShapes.unwrap(h.title) : h.title, render(h.content)));
            return;
        }
        PlanSection s = target.addSection(h.title);
        assemble(h.content, s, depth + 1, asksHere, !asksHere && StoryGroups.isGroup(h.title));
    }

    private static void note(NotePart n, PlanSection target, int depth, boolean asks) {
        if (asks && n.note.kind() != Kind.STORY) {
            if (n.prose()) {
                for (String ask : splitAsks(n.lines)) {
                    String title = Titles.of(ask);
                    target.add(PlanNote.of(Kind.ASK, title, Titles.needsBody(ask, title) ? ask : ""));
                }
            } else {
                n.note.setKind(Kind.ASK);
                target.add(n.note);
            }
        } else {
            target.add(n.note);
        }
        assemble(n.after, target, depth, asks);
    }

    /** Lines of a prose paragraph under an asks heading: each line that starts a sentence is one ask. */
    private static List<String> splitAsks(List<String> lines) {
        List<String> asks = new ArrayList<>();
        StringBuilder cur = null;
        for (String l : lines) {
            String s = l.strip();
            boolean starts = cur == null || !s.isEmpty() && !Character.isLowerCase(s.codePointAt(0)) && !l.startsWith(" ");
            if (starts) {
                if (cur != null) {
                    asks.add(cur.toString());
                }
                cur = new StringBuilder(s.replaceFirst("^- ", ""));
            } else {
                cur.append('\n').append(l);
            }
        }
        if (cur != null) {
            asks.add(cur.toString());
        }
        return asks;
    }

    static boolean onlyProse(List<Part> parts) {
        return parts.stream().allMatch(p -> p instanceof NotePart n && n.prose() && n.after.isEmpty());
    }

    /** Prose parts as one Markdown body: bullets stay bullets, a paragraph of sentence lines becomes a list. */
    static String render(List<Part> parts) {
        StringBuilder b = new StringBuilder();
        boolean allSingle = parts.size() > 1 && parts.stream().allMatch(p -> ((NotePart) p).lines.size() == 1
                && startsLikeListItem(((NotePart) p).lines.get(0)));
        if (allSingle) {
            // one sentence per paragraph: a list the writer spaced out
            for (Part p : parts) {
                b.append(b.length() == 0 ? "" : "\n").append("- ").append(((NotePart) p).lines.get(0));
            }
            return b.toString();
        }
        NotePart prev = null;
        for (Part p : parts) {
            NotePart n = (NotePart) p;
            if (prev != null) {
                b.append(n.bullet && prev.bullet ? "\n" : "\n\n");
            }
            boolean list = n.bullet || listLike(n.lines);
            for (int i = 0; i < n.lines.size(); i++) {
                String l = n.lines.get(i);
                if (i > 0) {
                    b.append('\n');
                }
                boolean top = !l.startsWith(" ");
                b.append(list && top && (n.bullet ? i == 0 : true) ? "- " + l : l);
            }
            prev = n;
        }
        return b.toString();
    }

    /** Two or more lines, each starting like a sentence: a list written without bullets. */
    private static boolean listLike(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        for (String l : lines) {
            if (!l.startsWith(" ") && !startsLikeListItem(l)) {
                return false;
            }
        }
        return true;
    }

    /** Starts like a sentence: a capital, a digit, CJK, a quote or a parenthesis (not a table row or a fence). */
    private static boolean startsLikeListItem(String line) {
        if (line.isEmpty()) {
            return false;
        }
        int cp = line.codePointAt(0);
        return !Character.isLowerCase(cp) && (Character.isLetterOrDigit(cp) || cp == '"' || cp == '(');
    }
}
