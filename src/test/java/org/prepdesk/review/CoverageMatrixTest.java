package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;

class CoverageMatrixTest {
    @TempDir
    Path dir;

    private static List<String> titles(List<Note> notes) {
        return notes.stream().map(Note::title).toList();
    }

    @Test
    void eachCompetencyListsTheStoriesAndQuestionsThatLinkToItAndOneStoryIsAGap() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "t")) {
            Section s = ws.createSection(null, "Prep");
            Note comms = ws.createNote(s.id(), Note.draft(Kind.COMPETENCY, "Communication"));
            Note pipelines = ws.createNote(s.id(), Note.draft(Kind.COMPETENCY, "Data pipelines"));
            ws.createNote(s.id(), Note.draft(Kind.STORY, "Schema debate").withLinks(List.of(comms.id())));
            ws.createNote(s.id(), Note.draft(Kind.STORY, "Launch date").withLinks(List.of(comms.id(), pipelines.id())));
            ws.createNote(s.id(), Note.draft(Kind.STORY, "Learning Flink"));
            ws.createNote(s.id(), Note.draft(Kind.QUESTION, "Tell me about a disagreement").withLinks(List.of(comms.id())));
            ws.createNote(s.id(), Note.draft(Kind.TALKING_POINT, "Idempotent sinks").withLinks(List.of(pipelines.id())));

            CoverageMatrix m = CoverageMatrix.of(ws, List.of());
            assertThat(m.rows()).extracting(r -> r.competency().title()).containsExactly("Communication", "Data pipelines");
            CoverageMatrix.Row c = m.rows().get(0);
            assertThat(titles(c.stories())).containsExactly("Schema debate", "Launch date");
            assertThat(titles(c.questions())).containsExactly("Tell me about a disagreement");
            assertThat(c.gap()).isFalse();
            CoverageMatrix.Row p = m.rows().get(1);
            assertThat(titles(p.stories())).containsExactly("Launch date");
            assertThat(p.gap()).isTrue();
            assertThat(m.gapCount()).isEqualTo(1);
            assertThat(titles(m.unlinkedStories())).containsExactly("Learning Flink");
            assertThat(titles(m.stories())).containsExactly("Schema debate", "Launch date", "Learning Flink");
        }
    }

    @Test
    void aCompetencyNoStoryShowsIsAGapAndAWorkspaceWithoutCompetenciesHasOnlyUnlinkedStories() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "t")) {
            Section s = ws.createSection(null, "Prep");
            ws.createNote(s.id(), Note.draft(Kind.STORY, "Alone"));
            assertThat(CoverageMatrix.of(ws, List.of()).rows()).isEmpty();
            assertThat(titles(CoverageMatrix.of(ws, List.of()).unlinkedStories())).containsExactly("Alone");
            ws.createNote(s.id(), Note.draft(Kind.COMPETENCY, "Why you are leaving"));
            assertThat(CoverageMatrix.of(ws, List.of()).rows().get(0).gap()).isTrue();
        }
    }

    @Test
    void tagsScopeTheCompetenciesAndStoriesToOneLoop() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "t")) {
            Section s = ws.createSection(null, "Prep");
            Note ours = ws.createNote(s.id(), Note.draft(Kind.COMPETENCY, "Cloud").withTags(List.of("Harborline")));
            ws.createNote(s.id(), Note.draft(Kind.COMPETENCY, "Other loop").withTags(List.of("acme")));
            ws.createNote(s.id(), Note.draft(Kind.STORY, "Tagged").withTags(List.of("harborline")).withLinks(List.of(ours.id())));
            ws.createNote(s.id(), Note.draft(Kind.STORY, "Untagged").withLinks(List.of(ours.id())));
            ws.createNote(s.id(), Note.draft(Kind.STORY, "Tagged, unlinked").withTags(List.of("harborline")));

            CoverageMatrix m = CoverageMatrix.of(ws, List.of("harborline"));
            assertThat(m.rows()).extracting(r -> r.competency().title()).containsExactly("Cloud");
            assertThat(titles(m.rows().get(0).stories())).containsExactly("Tagged");
            assertThat(m.rows().get(0).gap()).isTrue();
            assertThat(titles(m.unlinkedStories())).containsExactly("Tagged, unlinked");
            assertThat(CoverageMatrix.of(ws, List.of()).rows().get(0).gap()).isFalse();
        }
    }
}
