package org.prepdesk.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/**
 * Which stories and questions show each competency: a row per competency (in tree order) with
 * the stories and questions that link to it, the stories of the scope as columns, and the stories
 * that link to no competency. A competency with fewer than {@link #STORIES_NEEDED} stories is a gap:
 * one story for a competency leaves nothing to tell when the follow-up asks for another example.
 * Links go from the story (or question) to the competency, as a question's links go to its answers.
 * With tags, only competencies and stories carrying any of them are in scope (one company's loop);
 * questions are listed whatever their tags. Immutable; built from a snapshot of the notes.
 */
public record CoverageMatrix(List<Row> rows, List<Note> stories, List<Note> unlinkedStories) {
    public static final int STORIES_NEEDED = 2;

    public CoverageMatrix {
        rows = List.copyOf(rows);
        stories = List.copyOf(stories);
        unlinkedStories = List.copyOf(unlinkedStories);
    }

    /** One competency with the stories and the questions that link to it. */
    public record Row(Note competency, List<Note> stories, List<Note> questions) {
        public Row {
            stories = List.copyOf(stories);
            questions = List.copyOf(questions);
        }

        public boolean gap() {
            return stories.size() < STORIES_NEEDED;
        }

        public boolean shownBy(Note story) {
            return stories.stream().anyMatch(s -> s.id().equals(story.id()));
        }
    }

    public static CoverageMatrix of(Workspace ws, Collection<String> tags) {
        return of(ws.notesInTreeOrder(), tags);
    }

    /** From notes in tree order; an empty {@code tags} puts everything in scope. */
    public static CoverageMatrix of(List<Note> notesInTreeOrder, Collection<String> tags) {
        Set<String> wanted = new HashSet<>();
        tags.forEach(t -> wanted.add(t.strip().toLowerCase(Locale.ROOT)));
        List<Note> competencies = new ArrayList<>();
        List<Note> stories = new ArrayList<>();
        List<Note> questions = new ArrayList<>();
        for (Note n : notesInTreeOrder) {
            switch (n.kind()) {
                case COMPETENCY -> addIfInScope(competencies, n, wanted);
                case STORY -> addIfInScope(stories, n, wanted);
                case QUESTION -> questions.add(n);
                default -> { }
            }
        }
        List<Row> rows = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (Note c : competencies) {
            List<Note> showing = stories.stream().filter(s -> s.links().contains(c.id())).toList();
            showing.forEach(s -> linked.add(s.id()));
            rows.add(new Row(c, showing, questions.stream().filter(q -> q.links().contains(c.id())).toList()));
        }
        // a story linked only to a competency outside the scope is unlinked within it
        List<Note> unlinked = stories.stream().filter(s -> !linked.contains(s.id())).toList();
        return new CoverageMatrix(rows, stories, unlinked);
    }

    private static void addIfInScope(List<Note> into, Note n, Set<String> tags) {
        if (tags.isEmpty() || n.tags().stream().anyMatch(t -> tags.contains(t.toLowerCase(Locale.ROOT)))) {
            into.add(n);
        }
    }

    public long gapCount() {
        return rows.stream().filter(Row::gap).count();
    }
}
