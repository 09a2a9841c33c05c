package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Star;
import org.prepdesk.outline.Part.NotePart;
import org.prepdesk.outline.Part.Shape;

/**
 * Part of step 4 of the import: a STAR story among sibling items. A story starts at an
 * "Example N:" line, at a Situation label, or at any STAR label that another kind of STAR label
 * follows (single letters and 背景 need that: {@code S:} then {@code A:}). Everything after a
 * label until the next label belongs to that part (bullets, paragraphs, lists indented below, kept
 * as Markdown); after the last label, the lines joined to it, the bullets that follow, and the
 * paragraph after a label that stands alone on its line ({@code **Result**}, blank, text). A fifth
 * label ({@code Learnings:}) and its text go to the body as written. The story ends at a divider,
 * a framed heading, a new "Example N:" or Situation, an asks heading, a question line, a topic
 * heading ending in ":" or a line less indented. Stateless.
 */
final class StoryReader {
    /** How far ahead a label looks for a second label to decide that a run is a story. */
    private static final int LOOKAHEAD = 60;

    private StoryReader() {
    }

    /** True when the item at {@code i} opens a story. */
    static boolean startsStory(List<Item> items, int i) {
        Item it = items.get(i);
        if (Patterns.storyTitle(it.text()) != null) {
            return true;
        }
        Patterns.StarField sf = Patterns.starField(it.text());
        if (sf == null || sf.part().equals(StarLabels.EXTRA)) {
            return false;
        }
        // 背景 ("background") also heads plain context paragraphs: like a single letter, it needs a second label
        if (sf.part().equals("situation") && !sf.abbreviated() && !sf.label().contains("\u80CC\u666F")) {
            return true;
        }
        return otherLabelFollows(items, i, sf);
    }

    private static boolean otherLabelFollows(List<Item> items, int i, Patterns.StarField first) {
        int col = items.get(i).col();
        for (int k = i + 1; k < items.size() && k <= i + LOOKAHEAD; k++) {
            Item f = items.get(k);
            if (f.col() != col || stops(f)) {
                return false;
            }
            Patterns.StarField sf = Patterns.starField(f.text());
            if (sf != null && !sf.part().equals(first.part()) && !sf.part().equals(StarLabels.EXTRA)
                    && sf.abbreviated() == first.abbreviated()) {
                return true;
            }
        }
        return false;
    }

    /** Reads the story starting at {@code i} into {@code out}; returns the index after it. */
    static int read(List<Item> items, int i, List<Part> out) {
        Item first = items.get(i);
        String title = Patterns.storyTitle(first.text());
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> body = new ArrayList<>();
        int j = i;
        if (title != null) {
            first.continuation.forEach(b -> body.add(b.text()));
            List<Item> inner = ItemSplitter.split(first.children);
            int end = collect(inner, 0, fields, body, true);
            for (Item rest : inner.subList(end, inner.size())) {
                body.addAll(lines(rest));
            }
            j = i + 1;
        }
        j = collect(items, j, fields, body, title != null);
        Star star = new Star(field(fields, "situation"), field(fields, "task"), field(fields, "action"),
                field(fields, "result"));
        boolean provisional = title == null || title.isBlank();
        if (provisional) {
            String from = !star.situation().isEmpty() ? star.situation() : String.join(" ", body);
            title = from.isBlank() ? "Story" : Titles.of(from);
        }
        PlanNote story = PlanNote.of(Kind.STORY, title, String.join("\n", body)).withStar(star).provisionalTitle(provisional);
        out.add(new NotePart(story, first.col(), Shape.TYPED, first.head.line.bullet(), List.of()));
        return j;
    }

    /** Labels and what follows them from {@code from}, at the column of the item there; returns the index after the run. */
    private static int collect(List<Item> items, int from, Map<String, List<String>> fields, List<String> body,
            boolean titled) {
        if (from >= items.size()) {
            return from;
        }
        int col = items.get(from).col();
        boolean abbreviated = false;
        List<String> current = null;
        int k = from;
        for (; k < items.size(); k++) {
            Item f = items.get(k);
            if (f.col() != col) {
                break;
            }
            Patterns.StarField sf = Patterns.starField(f.text());
            if (sf != null && k == from) {
                abbreviated = sf.abbreviated();
            }
            boolean label = sf != null && (sf.abbreviated() == abbreviated || !sf.abbreviated());
            if (label) {
                if (k > from && sf.part().equals("situation") && fields.containsKey("situation")) {
                    break;
                }
                if (sf.part().equals(StarLabels.EXTRA)) {
                    current = body;
                    body.addAll(lines(f));
                    continue;
                }
                current = fields.computeIfAbsent(sf.part(), p -> new ArrayList<>());
                if (!current.isEmpty()) {
                    current.add("");
                }
                if (!sf.text().isEmpty()) {
                    current.add(sf.text());
                }
                for (Block b : f.continuation) {
                    current.add(b.text());
                }
                Classifier.flatten(f.children, 0, current);
                continue;
            }
            if (k == from && !titled || stops(f)) {
                break;
            }
            boolean attached = current == null ? labelAhead(items, k, col, abbreviated)
                    : !f.head.blankBefore || f.head.line.bullet() || current.isEmpty() || labelAhead(items, k, col, abbreviated);
            if (!attached) {
                break;
            }
            List<String> target = current == null ? body : current;
            if (f.head.blankBefore && !target.isEmpty()) {
                target.add("");
            }
            target.addAll(lines(f));
        }
        return k;
    }

    /**
     * A STAR label other than Situation comes later in this run: what lies between belongs to the
     * part before it. A Situation ahead opens the next story instead.
     */
    private static boolean labelAhead(List<Item> items, int k, int col, boolean abbreviated) {
        for (int m = k + 1; m < items.size() && m <= k + LOOKAHEAD; m++) {
            Item f = items.get(m);
            if (f.col() != col || stops(f)) {
                return false;
            }
            Patterns.StarField sf = Patterns.starField(f.text());
            if (sf != null && (!sf.abbreviated() || abbreviated)) {
                return !sf.part().equals("situation");
            }
            if (sf != null && sf.part().equals("situation")) {
                return false; // "S:" opening another story: what lies between is that story's title
            }
        }
        return false;
    }

    /** What ends a story whatever comes before it. */
    private static boolean stops(Item f) {
        String t = f.text();
        return f.framed() || f.head.dividerBefore || Patterns.storyTitle(t) != null || Patterns.isAsksHeading(t)
                || !f.head.line.bullet() && (Patterns.isQuestion(t) || (t.endsWith(":") || t.endsWith("\uFF1A"))
                && Patterns.looksLikeHeading(t) && Patterns.starField(t) == null);
    }

    /** The item as Markdown lines: its bullet, its joined lines, and what is indented below it. */
    private static List<String> lines(Item f) {
        List<String> out = new ArrayList<>();
        out.add((f.head.line.bullet() ? "- " : "") + f.head.text());
        f.continuation.forEach(b -> out.add(b.text()));
        Classifier.flatten(f.children, 1, out);
        return out;
    }

    private static String field(Map<String, List<String>> fields, String part) {
        return PlanNote.trimBlankLines(String.join("\n", fields.getOrDefault(part, List.of()))).strip();
    }
}
