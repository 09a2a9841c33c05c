package org.prepdesk.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;

/**
 * Spec + workspace → {@link Sheet}. A note is taken when it carries any of the spec's tags, is any
 * of its kinds and lies under any of its sections (an empty list does not restrict; a spec that
 * restricts nothing selects nothing). Output depends only on the workspace's content, so the same
 * workspace always gives the same sheet. Stateless and thread-safe; call it off the EDT.
 */
public final class SheetAssembler {
    /** Print order of the groups when grouping by kind. */
    public static final List<Kind> KIND_ORDER = List.of(Kind.STORY, Kind.TALKING_POINT, Kind.QUESTION, Kind.ASK,
            Kind.NOTE, Kind.COMPETENCY);

    public static final String DEFAULT_TITLE = "Review sheet";
    static final String UNFILED = "Unfiled";

    public Sheet assemble(SheetSpec spec, Workspace ws) {
        List<Note> treeOrder = ws.notesInTreeOrder();
        List<Note> chosen = spec.selectsNothing() ? List.of() : select(spec, ws, treeOrder);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < treeOrder.size(); i++) {
            position.put(treeOrder.get(i).id(), i);
        }
        Comparator<Note> inTree = Comparator.comparingInt(n -> position.getOrDefault(n.id(), Integer.MAX_VALUE));
        // Weakest: never rehearsed, then the lowest chance of recall now (Rehearse's records), then
        // the lowest confidence (unrated, 0, counts as the weakest: nobody has practised it yet).
        boolean weakest = spec.order() == SheetSpec.Order.WEAKEST_FIRST;
        Map<String, Double> strength = weakest ? RehearsalStrength.of(ws, chosen) : Map.of();
        Comparator<Note> order = weakest
                ? Comparator.comparingDouble((Note n) -> strength.getOrDefault(n.id(), 0.0))
                        .thenComparingInt(Note::confidence).thenComparing(inTree)
                : inTree;
        Set<String> neverRehearsed = new HashSet<>();
        if (weakest) {
            chosen.stream().filter(n -> SpeakingTime.isRehearsable(n.kind()) && !strength.containsKey(n.id()))
                    .forEach(n -> neverRehearsed.add(n.id()));
        }

        List<SheetGroup> groups = new ArrayList<>();
        if (spec.grouping() == SheetSpec.Grouping.BY_SECTION) {
            Map<String, List<Note>> bySection = new LinkedHashMap<>();
            for (Note n : chosen) {   // chosen is in tree order, so sections come in tree order
                bySection.computeIfAbsent(n.sectionId(), k -> new ArrayList<>()).add(n);
            }
            bySection.forEach((sectionId, notes) -> {
                String heading = ws.section(sectionId).isPresent() ? ws.sectionPath(sectionId) : UNFILED;
                groups.add(group(heading, notes, order, ws, neverRehearsed));
            });
        } else {
            for (Kind kind : KIND_ORDER) {
                List<Note> ofKind = chosen.stream().filter(n -> n.kind() == kind).toList();
                if (!ofKind.isEmpty()) {
                    groups.add(group(plural(kind), ofKind, order, ws, neverRehearsed));
                }
            }
        }
        String title = spec.name().isBlank() ? DEFAULT_TITLE : spec.name().strip();
        return new Sheet(title, spec.subtitle().strip(), groups);
    }

    /** "Stories", "Talking points", "Likely questions", "Questions to ask", "Notes", "What they assess". */
    public static String plural(Kind kind) {
        return switch (kind) {
            case STORY -> "Stories";
            case TALKING_POINT -> "Talking points";
            case QUESTION -> "Likely questions";
            case ASK -> "Questions to ask";
            case NOTE -> "Notes";
            case COMPETENCY -> "What they assess";
        };
    }

    private static List<Note> select(SheetSpec spec, Workspace ws, List<Note> treeOrder) {
        Set<String> tags = new HashSet<>();
        spec.tags().forEach(t -> tags.add(t.toLowerCase(java.util.Locale.ROOT)));
        Set<String> sections = spec.sectionIds().isEmpty() ? Set.of() : withDescendants(ws, spec.sectionIds());
        return treeOrder.stream()
                .filter(n -> tags.isEmpty()
                        || n.tags().stream().anyMatch(t -> tags.contains(t.toLowerCase(java.util.Locale.ROOT))))
                .filter(n -> spec.kinds().isEmpty() || spec.kinds().contains(n.kind()))
                .filter(n -> sections.isEmpty() || sections.contains(n.sectionId()))
                .toList();
    }

    private static Set<String> withDescendants(Workspace ws, List<String> roots) {
        Set<String> out = new HashSet<>();
        List<String> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (out.add(id)) {
                for (Section child : ws.children(id)) {
                    todo.add(child.id());
                }
            }
        }
        return out;
    }

    private static SheetGroup group(String heading, List<Note> notes, Comparator<Note> order, Workspace ws,
            Set<String> neverRehearsed) {
        List<SheetItem> items = notes.stream().sorted(order).map(n -> neverRehearsed.contains(n.id())
                ? condense(n, ws).markedNeverRehearsed() : condense(n, ws)).toList();
        return new SheetGroup(heading, items);
    }

    static SheetItem condense(Note n, Workspace ws) {
        String title = Condense.line(n.title(), Condense.TITLE_WIDTH);
        if (title.isEmpty()) {
            title = "(untitled)";
        }
        List<String> none = List.of();
        return switch (n.kind()) {
            case STORY -> {
                List<SheetItem.StarLine> star = starLines(n.star());
                String line = star.isEmpty() ? Condense.firstSentence(n.body(), Condense.SENTENCE_WIDTH) : "";
                yield new SheetItem(n.id(), n.kind(), title, none, line, star, List.of(), n.confidence());
            }
            case TALKING_POINT, NOTE -> new SheetItem(n.id(), n.kind(), title,
                    n.cues().stream().map(c -> Condense.line(c, 40)).filter(c -> !c.isEmpty()).toList(),
                    Condense.firstSentence(n.body(), Condense.SENTENCE_WIDTH), List.of(), List.of(), n.confidence());
            case QUESTION -> new SheetItem(n.id(), n.kind(), title, none, "", List.of(), answers(n, ws),
                    n.confidence());
            case ASK -> new SheetItem(n.id(), n.kind(), title, none, "", List.of(), List.of(), n.confidence());
            case COMPETENCY -> new SheetItem(n.id(), n.kind(), title, none, "", List.of(), storiesShowing(n, ws),
                    n.confidence());
        };
    }

    /** The stories that link to a competency, in tree order. */
    private static List<SheetItem.Answer> storiesShowing(Note competency, Workspace ws) {
        List<SheetItem.Answer> out = new ArrayList<>();
        for (Note n : ws.notesInTreeOrder()) {
            if (n.kind() == Kind.STORY && n.links().contains(competency.id())) {
                String t = Condense.line(n.title(), Condense.TITLE_WIDTH);
                out.add(new SheetItem.Answer(n.id(), n.kind(), t.isEmpty() ? "(untitled)" : t));
            }
        }
        return out;
    }

    private static List<SheetItem.StarLine> starLines(Star s) {
        List<SheetItem.StarLine> out = new ArrayList<>(4);
        addStar(out, "Situation", s.situation());
        addStar(out, "Task", s.task());
        addStar(out, "Action", s.action());
        addStar(out, "Result", s.result());
        return out;
    }

    private static void addStar(List<SheetItem.StarLine> out, String label, String text) {
        String line = Condense.line(text, Condense.STAR_WIDTH);
        if (!line.isEmpty()) {
            out.add(new SheetItem.StarLine(label, line));
        }
    }

    /**
     * The notes a question links to, in the order the person listed them; missing ones are skipped,
     * and so are competencies: they say what the question assesses, not what answers it.
     */
    private static List<SheetItem.Answer> answers(Note question, Workspace ws) {
        List<SheetItem.Answer> out = new ArrayList<>();
        for (String id : question.links()) {
            ws.note(id).filter(a -> !a.id().equals(question.id()) && a.kind() != Kind.COMPETENCY).ifPresent(a -> {
                String t = Condense.line(a.title(), Condense.TITLE_WIDTH);
                out.add(new SheetItem.Answer(a.id(), a.kind(), t.isEmpty() ? "(untitled)" : t));
            });
        }
        return out;
    }
}
