package org.prepdesk.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Star;
import org.prepdesk.outline.Part.Heading;
import org.prepdesk.outline.Part.NotePart;
import org.prepdesk.outline.Part.Shape;

/**
 * The Markdown headings of an outline as explicit sections, each holding the parts of the lines
 * under it (classified by the steps after this one). Two kinds of heading are more than a section:
 * <ul>
 * <li>a heading whose subheadings are STAR labels ({@code #### Situation} … {@code #### Result},
 * also {@code ### S}, {@code ### 情境}) holds one story: each label's text, as written (lists,
 * emphasis, deeper headings), is that part; other subheadings, a fifth part ({@code Learnings})
 * and the text before the first label go to its body;</li>
 * <li>a heading shaped like a question ({@link QuestionShapes}; also a lower-case heading among
 * question headings, {@code ## about the career break}) with no subheadings and no story under it
 * is a likely question whose body is the prepared answer, as written.</li>
 * </ul>
 * Whether a heading over a story is a question linked to it or the story's title is decided when
 * the plan is assembled ({@link AnsweredHeadings}). Stateless.
 */
final class MarkdownSections {
    /** A heading, the lines under it up to its first subheading ({@code from}..{@code to}) and its subheadings. */
    private static final class Node {
        final Line heading;
        final int from;
        int to;
        int end;
        final List<Node> children = new ArrayList<>();

        Node(Line heading, int from) {
            this.heading = heading;
            this.from = from;
        }

        String title() {
            return heading.text();
        }
    }

    private MarkdownSections() {
    }

    static List<Part> parts(List<Line> lines, String[] raw) {
        List<Part> top = new ArrayList<>();
        int first = 0;
        while (first < lines.size() && !lines.get(first).isHeading()) {
            first++;
        }
        if (first > 0) {
            top.addAll(classify(lines, 0, first));
        }
        List<Node> roots = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (int i = first; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.isHeading()) {
                continue;
            }
            while (!open.isEmpty() && open.peek().heading.level() >= l.level()) {
                open.pop().end = i;
            }
            if (!open.isEmpty() && open.peek().to < 0) {
                open.peek().to = i;
            }
            Node n = new Node(l, i + 1);
            n.to = -1;
            (open.isEmpty() ? roots : open.peek().children).add(n);
            open.push(n);
        }
        while (!open.isEmpty()) {
            open.pop().end = lines.size();
        }
        fillTo(roots);
        for (Node n : roots) {
            top.add(convert(n, roots, lines, raw));
        }
        return top;
    }

    private static void fillTo(List<Node> nodes) {
        for (Node n : nodes) {
            if (n.to < 0) {
                n.to = n.children.isEmpty() ? n.end : n.children.get(0).from - 1;
            }
            fillTo(n.children);
        }
    }

    private static Part convert(Node n, List<Node> siblings, List<Line> lines, String[] raw) {
        if (labelChildren(n)) {
            return starStory(n, lines, raw);
        }
        boolean question = QuestionShapes.isQuestion(n.title()) || startsLower(n.title())
                && siblings.stream().anyMatch(s -> s != n && QuestionShapes.isQuestion(s.title()));
        List<Part> content = classify(lines, n.from, n.to);
        if (question && n.children.isEmpty() && content.stream().noneMatch(MarkdownSections::holdsStory)) {
            PlanNote q = PlanNote.of(Kind.QUESTION, QuestionShapes.unwrap(n.title()), text(raw, n.from, n.to));
            return new NotePart(q, 0, Shape.TYPED, false, List.of());
        }
        Heading h = new Heading(n.title(), 0, false, true, false, null);
        h.question = question;
        h.content.addAll(content);
        for (Node c : n.children) {
            h.content.add(convert(c, n.children, lines, raw));
        }
        return h;
    }

    /** Its subheadings include a Situation label, or two different STAR labels. */
    private static boolean labelChildren(Node n) {
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (Node c : n.children) {
            Patterns.StarField sf = Patterns.starField(c.title());
            if (sf != null && !sf.part().equals(StarLabels.EXTRA)) {
                parts.add(sf.part());
            }
        }
        return parts.contains("situation") || parts.size() >= 2;
    }

    private static Part starStory(Node n, List<Line> lines, String[] raw) {
        List<String> s = new ArrayList<>();
        List<String> t = new ArrayList<>();
        List<String> a = new ArrayList<>();
        List<String> r = new ArrayList<>();
        List<String> body = new ArrayList<>();
        add(body, text(raw, n.from, n.to));
        for (Node c : n.children) {
            Patterns.StarField sf = Patterns.starField(c.title());
            String under = text(raw, c.from, c.end);
            if (sf == null || sf.part().equals(StarLabels.EXTRA)) {
                add(body, (sf == null ? c.title() : c.title().replaceAll("[:\uFF1A]\\s*$", "") + ":") + (under.isEmpty() ? "" : "\n" + under));
                continue;
            }
            List<String> target = switch (sf.part()) {
                case "situation" -> s;
                case "task" -> t;
                case "action" -> a;
                default -> r;
            };
            add(target, sf.text());
            add(target, under);
        }
        Star star = new Star(join(s), join(t), join(a), join(r));
        String storyTitle = Patterns.storyTitle(n.title());
        boolean provisional = storyTitle == null || storyTitle.isBlank();
        String title = provisional ? Titles.of(!star.situation().isEmpty() ? star.situation() : n.title()) : storyTitle;
        PlanNote story = PlanNote.of(Kind.STORY, title, join(body)).withStar(star).provisionalTitle(provisional);
        NotePart part = new NotePart(story, 0, Shape.TYPED, false, List.of());
        if (!provisional) {
            return part;
        }
        Heading h = new Heading(n.title(), 0, false, true, false, null);
        h.question = QuestionShapes.isQuestion(n.title());
        h.content.add(part);
        return h;
    }

    private static boolean holdsStory(Part p) {
        return p instanceof NotePart n && (n.note.kind() == Kind.STORY || n.after.stream().anyMatch(MarkdownSections::holdsStory));
    }

    private static List<Part> classify(List<Line> lines, int from, int to) {
        return Classifier.classify(BlockTreeBuilder.build(lines.subList(from, to)));
    }

    /** Lines {@code from}..{@code to} as written (made clean as every line is), common indentation and blank ends taken off. */
    static String text(String[] raw, int from, int to) {
        List<String> out = new ArrayList<>();
        int indent = Integer.MAX_VALUE;
        for (int i = from; i < to && i < raw.length; i++) {
            String l = LineNormalizer.clean(raw[i]).replace("\t", "    ").stripTrailing();
            out.add(l);
            if (!l.isBlank()) {
                indent = Math.min(indent, l.length() - l.stripLeading().length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String l : out) {
            b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return PlanNote.trimBlankLines(b.toString()).strip();
    }

    private static void add(List<String> to, String text) {
        if (!text.isBlank()) {
            to.add(text.strip());
        }
    }

    private static String join(List<String> parts) {
        return String.join("\n\n", parts);
    }

    private static boolean startsLower(String t) {
        String s = QuestionShapes.unwrap(t);
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }
}
