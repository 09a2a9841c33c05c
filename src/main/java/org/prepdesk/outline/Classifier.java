package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Star;
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
        return FlatHeadingNester.nest(out);
    }

    private static int one(List<Item> items, int i, List<Part> out) {
        Item it = items.get(i);
        String t = it.text();
        Patterns.StarField sf = Patterns.starField(t);
        if (Patterns.storyTitle(t) != null || sf != null && sf.part().equals("situation")) {
            return story(items, i, out);
        }
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
        Patterns.Labelled pl = sf != null ? new Patterns.Labelled(capital(sf.part()), sf.text()) : Patterns.plainLabel(t);
        if (pl != null) {
            labelled(it, pl, pl.emphasised(), out);
            return i + 1;
        }
        if (Patterns.looksLikeHeading(t) && (it.continuation.isEmpty() || startsUpper(it.continuation.get(0).text()))) {
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

    private static void flatten(List<Block> blocks, int depth, List<String> out) {
        for (Block b : blocks) {
            out.add("  ".repeat(depth) + (b.line.bullet() ? "- " : "") + b.text());
            flatten(b.children, depth + 1, out);
        }
    }

    // ------------------------------------------------------------------ stories

    private static int story(List<Item> items, int i, List<Part> out) {
        Item first = items.get(i);
        String title = Patterns.storyTitle(first.text());
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> body = new ArrayList<>();
        int j = i;
        if (title != null) {
            first.continuation.forEach(b -> body.add(b.text()));
            for (Item child : ItemSplitter.split(first.children)) {
                if (!addField(child, fields)) {
                    List<String> lines = new ArrayList<>(child.lines());
                    flatten(child.children, 1, lines);
                    body.addAll(lines);
                }
            }
            j = i + 1;
        }
        while (j < items.size() && items.get(j).col() == first.col()) {
            Item f = items.get(j);
            Patterns.StarField sf = Patterns.starField(f.text());
            if (sf == null || j > i && sf.part().equals("situation") && fields.containsKey("situation")) {
                break;
            }
            addField(f, fields);
            j++;
        }
        Star star = new Star(field(fields, "situation"), field(fields, "task"), field(fields, "action"),
                field(fields, "result"));
        if (title == null || title.isBlank()) {
            String from = !star.situation().isEmpty() ? star.situation() : String.join(" ", body);
            title = from.isBlank() ? "Story" : Titles.of(from);
        }
        out.add(new NotePart(PlanNote.of(Kind.STORY, title, String.join("\n", body)).withStar(star), first.col(),
                Shape.TYPED, first.head.line.bullet(), List.of()));
        return j;
    }

    private static boolean addField(Item f, Map<String, List<String>> fields) {
        Patterns.StarField sf = Patterns.starField(f.text());
        if (sf == null) {
            return false;
        }
        List<String> lines = new ArrayList<>();
        if (!sf.text().isEmpty()) {
            lines.add(sf.text());
        }
        f.continuation.forEach(b -> lines.add(b.text()));
        flatten(f.children, 0, lines);
        fields.computeIfAbsent(sf.part(), k -> new ArrayList<>()).add(String.join("\n", lines));
        return true;
    }

    private static String field(Map<String, List<String>> fields, String part) {
        return String.join("\n\n", fields.getOrDefault(part, List.of())).strip();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean startsUpper(String s) {
        int cp = s.codePointAt(0);
        return !Character.isLowerCase(cp);
    }
}
