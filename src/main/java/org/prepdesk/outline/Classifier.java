package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.outline.Part.Heading;
import org.prepdesk.outline.Part.NotePart;
import org.prepdesk.outline.Part.Shape;

/**
 * Step 4 of the import: items to {@link Part}s. Decides what each item is, in this order: a
 * story ("Example N:" or a run of STAR lines), a quoted label ({@code "Label": text}), a framed
 * heading, a quoted paragraph, a question, a {@code Label: text} line, a heading-shaped line,
 * else prose. An item with indented items below becomes a heading when those hold anything
 * typed; otherwise they become its body. Stateless.
 */
final class Classifier {
    private Classifier() {
    }

    /** Parts for a list of sibling blocks, with flat headings already holding what follows them. */
    static List<Part> classify(List<Block> siblings) {
        List<Item> items = ItemSplitter.split(siblings);
        List<Part> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int before = out.size();
            Block head = items.get(i).head;
            i = one(items, i, out);
            if (out.size() > before) {
                out.get(before).gapBefore = head.blankBefore || head.dividerBefore;
            }
        }
        linkStoriesToQuestions(out);
        return FlatHeadingNester.nest(out);
    }

    /** A question line followed at once by a story at its column: the story answers it. */
    private static void linkStoriesToQuestions(List<Part> parts) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            if (parts.get(k) instanceof NotePart q && q.note.kind() == Kind.QUESTION && q.note.answeredBy().isEmpty()
                    && parts.get(k + 1) instanceof NotePart s && s.note.kind() == Kind.STORY && s.col == q.col) {
                q.note.answeredBy(s.note);
                if (s.note.hasProvisionalTitle()) {
                    s.note.retitle(QuestionShapes.gist(q.note.title()));
                }
            }
        }
    }

    private static int one(List<Item> items, int i, List<Part> out) {
        Item it = items.get(i);
        String t = it.text();
        if (StoryReader.startsStory(items, i)) {
            return StoryReader.read(items, i, out);
        }
        Patterns.StarField sf = Patterns.starField(t);
        Patterns.Labelled ql = Patterns.quotedLabel(t);
        if (ql != null) {
            labelled(it, ql, true, out);
            return i + 1;
        }
        if (it.framed()) {
            heading(it, Patterns.withoutColon(t), out);
            return i + 1;
        }
        if (t.startsWith("\"")) {
            return quote(items, i, out);
        }
        if (Patterns.isQuestion(t)) {
            question(it, out);
            return i + 1;
        }
        if (Patterns.isAnswerLabel(t)) {
            prose(it, out);
            return i + 1;
        }
        Patterns.Labelled pl = sf != null && !sf.abbreviated() && !sf.bare()
                ? new Patterns.Labelled(bareLabel(sf.label()), sf.text())
                : Patterns.plainLabel(t);
        if (pl != null) {
            labelled(it, pl, pl.emphasised(), out);
            return i + 1;
        }
        if (!it.head.line.bullet() && QuestionShapes.isQuestion(t) && Patterns.tokens(t) <= 20) {
            // "Tell me about a time you missed a deadline": a heading, so the answer or story after it is its own
            heading(it, t, out);
            ((Heading) out.get(out.size() - 1)).question = true;
            return i + 1;
        }
        // a bullet is a list item, not a heading, unless it ends in ":" or has a list of its own below it
        boolean listItem = it.head.line.bullet() && it.children.isEmpty() && !t.endsWith(":") && !t.endsWith("\uFF1A");
        if (!listItem && Patterns.looksLikeHeading(t) && (it.continuation.isEmpty() || startsUpper(it.continuation.get(0).text()))) {
            heading(it, Patterns.withoutColon(t), out);
            return i + 1;
        }
        prose(it, out);
        return i + 1;
    }

    // ------------------------------------------------------------------ headings

    private static void heading(Item it, String title, List<Part> out) {
        boolean flat = it.children.isEmpty() && it.continuation.isEmpty();
        Heading h = new Heading(title, it.col(), it.framed(), false, flat, null);
        addContinuation(it, h);
        h.content.addAll(classify(it.children));
        out.add(h);
    }

    private static void addContinuation(Item it, Heading h) {
        if (!it.continuation.isEmpty()) {
            List<String> lines = it.continuation.stream().map(Block::text).toList();
            String text = String.join("\n", lines);
            h.content.add(new NotePart(proseNote(text), it.col() + 1, Shape.PROSE, false, lines));
            h.joined = true;
        }
    }

    // ------------------------------------------------------------------ labels and questions

    private static void labelled(Item it, Patterns.Labelled lab, boolean quoted, List<Part> out) {
        List<Part> kids = classify(it.children);
        if (hasStructure(kids)) {
            String title = quoted && !lab.emphasised() ? lab.label() + (lab.rest().isEmpty() ? "" : ": " + lab.rest()) : Patterns.withoutColon(it.text());
            Heading h = new Heading(title, it.col(), it.framed(), false, false, null);
            addContinuation(it, h);
            h.content.addAll(kids);
            out.add(h);
            return;
        }
        List<String> paragraphs = new ArrayList<>();
        List<String> first = new ArrayList<>();
        if (!lab.rest().isEmpty()) {
            first.add(lab.rest());
        }
        it.continuation.forEach(b -> first.add(b.text()));
        if (!first.isEmpty()) {
            paragraphs.add(String.join("\n", first));
        }
        List<Part> after = absorb(kids, paragraphs);
        PlanNote note = new PlanNote(Kind.TALKING_POINT, lab.label(), String.join("\n\n", paragraphs),
                quoted ? lab.cues() : List.of(), List.of(), null, 0);
        NotePart np = new NotePart(note, it.col(), Shape.TYPED, it.head.line.bullet(), List.of());
        np.after.addAll(after);
        boolean weak = !quoted && !lab.emphasised() && it.continuation.isEmpty() && it.children.isEmpty()
                && !Patterns.endsLikeSentence(lab.rest()) && !Patterns.isQuestion(lab.rest());
        if (weak) {
            out.add(new Heading(Patterns.withoutColon(it.text()), it.col(), false, false, true, np));
        } else {
            out.add(np);
        }
    }

    private static void question(Item it, List<Part> out) {
        List<Part> kids = classify(it.children);
        if (hasStructure(kids)) {
            Heading h = new Heading(it.text(), it.col(), it.framed(), false, false, null);
            addContinuation(it, h);
            h.content.addAll(kids);
            out.add(h);
            return;
        }
        String title = Titles.of(it.text());
        List<String> paragraphs = new ArrayList<>();
        List<String> first = new ArrayList<>();
        if (Titles.needsBody(it.text(), title)) {
            first.add(it.text());
        }
        it.continuation.forEach(b -> first.add(b.text()));
        if (!first.isEmpty()) {
            paragraphs.add(String.join("\n", first));
        }
        List<Part> after = absorb(kids, paragraphs);
        PlanNote q = PlanNote.of(Kind.QUESTION, title, String.join("\n\n", paragraphs));
        for (Part p : after) {
            if (p instanceof NotePart n && n.note.kind() == Kind.STORY) {
                q.answeredBy(n.note);
            }
        }
        NotePart np = new NotePart(q, it.col(), Shape.TYPED, it.head.line.bullet(), List.of());
        np.after.addAll(after);
        out.add(np);
    }

    /** Moves prose and quotes into {@code paragraphs}; returns the parts that stand on their own. */
    private static List<Part> absorb(List<Part> kids, List<String> paragraphs) {
        List<Part> rest = new ArrayList<>();
        for (Part p : kids) {
            if (p instanceof NotePart n && n.absorbable()) {
                paragraphs.add(String.join("\n", n.lines));
            } else {
                rest.add(p);
            }
        }
        return rest;
    }

    /** True when the parts hold more than prose, quotes and stories: then the item above is a heading. */
    private static boolean hasStructure(List<Part> parts) {
        for (Part p : parts) {
            if (p instanceof Heading) {
                return true;
            }
            if (p instanceof NotePart n && n.shape == Shape.TYPED && n.note.kind() != Kind.STORY) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ quotes and prose

    private static int quote(List<Item> items, int i, List<Part> out) {
        Item start = items.get(i);
        List<String> paragraphs = new ArrayList<>();
        int quotes = 0;
        int j = i;
        while (j < items.size()) {
            Item q = items.get(j);
            if (j > i && (q.framed() || q.col() < start.col() || Patterns.storyTitle(q.text()) != null
                    || Patterns.quotedLabel(q.text()) != null)) {
                break;
            }
            List<String> lines = new ArrayList<>(q.lines());
            flatten(q.children, 1, lines);
            String para = String.join("\n", lines);
            quotes += (int) para.chars().filter(c -> c == '"').count();
            paragraphs.add(para);
            j++;
            if (quotes >= 2 && quotes % 2 == 0) {
                break;
            }
        }
        String text = String.join("\n\n", paragraphs).strip();
        boolean closed = quotes >= 2 && quotes % 2 == 0;
        text = unquote(text, closed);
        if (text.isEmpty()) {
            return j; // a lone quote mark: no words, nothing to keep
        }
        boolean shortCue = !text.contains("\n") && Patterns.tokens(text) <= 6 && !text.isEmpty();
        String title = shortCue ? text : Titles.of(text);
        PlanNote n = new PlanNote(Kind.TALKING_POINT, title, shortCue ? "" : text,
                shortCue ? List.of(text) : List.of(), List.of(), null, 0);
        out.add(new NotePart(n, start.col(), shortCue ? Shape.TYPED : Shape.QUOTE, start.head.line.bullet(),
                List.of(text.split("\n", -1))));
        return j;
    }

    private static String unquote(String text, boolean closed) {
        String t = text.startsWith("\"") ? text.substring(1) : text;
        if (closed) {
            int last = t.lastIndexOf('"');
            if (last >= 0 && t.substring(last + 1).matches("[\\s.,;:!?)\u3002]*")) {
                t = t.substring(0, last) + t.substring(last + 1);
            }
        }
        return t.strip();
    }

    private static void prose(Item it, List<Part> out) {
        List<String> lines = new ArrayList<>(it.lines());
        List<Part> kids = classify(it.children);
        List<Part> after = new ArrayList<>();
        for (Part p : kids) {
            if (p instanceof NotePart n && n.absorbable()) {
                for (String l : n.lines) {
                    lines.add("  " + (n.bullet && l == n.lines.get(0) ? "- " : "") + l);
                }
            } else {
                after.add(p);
            }
        }
        String text = String.join("\n", lines);
        NotePart np = new NotePart(proseNote(text), it.col(), Shape.PROSE, it.head.line.bullet(), lines);
        np.after.addAll(after);
        out.add(np);
    }

    static PlanNote proseNote(String text) {
        String title = Titles.of(text);
        return PlanNote.of(Kind.NOTE, title, Titles.needsBody(text, title) ? text : "");
    }

    static void flatten(List<Block> blocks, int depth, List<String> out) {
        for (Block b : blocks) {
            out.add("  ".repeat(depth) + (b.line.bullet() ? "- " : "") + b.text());
            flatten(b.children, depth + 1, out);
        }
    }

    /** "**Situation:**" → "Situation": a STAR label outside a story titles a talking point as written. */
    private static String bareLabel(String s) {
        String t = s.replaceAll("^[*_\\s]+|[*_:\uFF1A\\-\u2013\u2014\\s]+$", "");
        return t.isEmpty() ? s : t;
    }

    private static boolean startsUpper(String s) {
        int cp = s.codePointAt(0);
        return !Character.isLowerCase(cp);
    }
}
