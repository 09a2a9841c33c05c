package org.prepdesk.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/** A list of what the interviewers assess imports as one competency per item; a question in it stays a likely question. */
class CompetencyImportTest {
    private final OutlineImporter importer = new OutlineImporter();
    private final PlanSection root = importer.plan(Samples.resource("competency-lists.txt")).root();

    @Test
    void aLeadInFollowedByLinesGivesOneCompetencyPerLineTitledByItsFirstWords() {
        PlanSection director = Trees.section(root, "What the director looks for");
        assertThat(director.notes()).extracting(PlanNote::kind, PlanNote::title).containsExactly(
                tuple(Kind.COMPETENCY, "Ownership of outcomes"), tuple(Kind.COMPETENCY, "Judgement under ambiguity"),
                tuple(Kind.COMPETENCY, "Mentoring"),
                tuple(Kind.COMPETENCY, "A clear answer to what would you change in your first 90 days?"),
                tuple(Kind.QUESTION, "what would you change in your first 90 days?"),
                tuple(Kind.NOTE, "Tip: bring two numbers for every project"));
        assertThat(Trees.note(director, "Ownership of outcomes").body()).isEqualTo("not just tasks");
        assertThat(Trees.note(director, "Judgement under ambiguity").body()).isEqualTo("knowing when to ship and when to wait");
        assertThat(Trees.note(director, "Mentoring").body()).isEqualTo("they ask for one concrete example");
    }

    @Test
    void indentedItemsLabelledItemsAndChineseLeadInsWorkToo() {
        assertThat(Trees.section(root, "They will want to understand your").notes()).extracting(PlanNote::kind, PlanNote::title)
                .containsExactly(tuple(Kind.COMPETENCY, "Motivation for moving into platform work"),
                        tuple(Kind.COMPETENCY, "Experience running on-call for shared services"));
        PlanSection criteria = Trees.section(root, "Evaluation criteria");
        assertThat(criteria.notes()).extracting(PlanNote::kind, PlanNote::title)
                .containsExactly(tuple(Kind.COMPETENCY, "Technical depth"), tuple(Kind.COMPETENCY, "Communication"));
        assertThat(Trees.note(criteria, "Communication").body()).isEqualTo("explains trade-offs to non-engineers");
        assertThat(Trees.section(root, "考察重点").notes()).extracting(PlanNote::kind, PlanNote::title)
                .containsExactly(tuple(Kind.COMPETENCY, "系统设计能力"), tuple(Kind.COMPETENCY, "沟通与协作"));
    }

    @Test
    void otherHeadingsAreNotCompetencyLists() {
        assertThat(Trees.section(root, "Direction: Expect one design session and one conversation with the director.").notes())
                .extracting(PlanNote::kind).containsExactly(Kind.TALKING_POINT);
        assertThat(CompetencyLists.isLeadIn("The panel will be listening for:")).isTrue();
        assertThat(CompetencyLists.isLeadIn("What we look for")).isTrue();
        assertThat(CompetencyLists.isLeadIn("We assess")).isTrue();
        assertThat(CompetencyLists.isLeadIn("Competencies")).isTrue();
        assertThat(CompetencyLists.isLeadIn("What I look for in a team")).isFalse();
        assertThat(CompetencyLists.isLeadIn("Questions to ask")).isFalse();
        assertThat(CompetencyLists.isLeadIn("Core Topics")).isFalse();
    }

    @Test
    void theQuestionInTheListLinksToItsCompetencyInTheWorkspace(@TempDir Path dir) {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "test")) {
            importer.write(ws, List.of(importer.plan(Samples.sample())), List.of(), null);
            List<Note> competencies = ws.notes().stream().filter(n -> n.kind() == Kind.COMPETENCY).toList();
            assertThat(competencies).hasSize(4);
            Note leaving = ws.notes().stream().filter(n -> n.title().startsWith("why are you leaving")).findFirst().orElseThrow();
            assertThat(leaving.kind()).isEqualTo(Kind.QUESTION);
            assertThat(leaving.links()).containsExactly(competencies.stream()
                    .filter(c -> c.title().startsWith("A crisp answer")).findFirst().orElseThrow().id());
        }
    }
}
