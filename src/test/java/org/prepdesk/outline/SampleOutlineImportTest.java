package org.prepdesk.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;

/** The shared sample outline imports to what a person would draw by hand. */
class SampleOutlineImportTest {
    static final Path SAMPLE = Samples.sample();

    private final OutlinePlan plan = new OutlineImporter().plan(SAMPLE);
    private final PlanSection root = plan.root();

    @Test
    void importsTheSectionTreeAPersonWouldDraw() {
        List<String> sections = Trees.of(root).stream().filter(l -> !l.contains(" :: ")).toList();
        assertThat(sections).containsExactly(
                "onsite-prep-outline",
                "onsite-prep-outline / Direction A: Walk through the data platform you own today, and the one at the company before that",
                "onsite-prep-outline / Direction A: Walk through the data platform you own today, and the one at the company before that / Systems Worth Walking Through",
                "onsite-prep-outline / Direction B: Go deep on the single project you are proudest of",
                "onsite-prep-outline / Core Topics",
                "onsite-prep-outline / Core Topics / 数据质量 怎么保证 ??",
                "onsite-prep-outline / Core Topics / 数据质量 怎么保证 ?? / Correctness 正确性",
                "onsite-prep-outline / Core Topics / 数据质量 怎么保证 ?? / Freshness 时效性 （p95 end-to-end lag）",
                "onsite-prep-outline / Core Topics / 数据质量 怎么保证 ?? / Cost 成本",
                "onsite-prep-outline / Working With People",
                "onsite-prep-outline / Why This Move",
                "onsite-prep-outline / Questions for Lumina Health",
                "onsite-prep-outline / The panel will be listening for");
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void importsBothStoriesWithTheirStarFieldsAndTheSecondHasNoTask() {
        PlanSection people = Trees.section(root, "Working With People");
        Star first = Trees.note(people, "Getting Analysts On Board With the Lakehouse").star();
        assertThat(first.situation()).startsWith("The analytics team depended on the old Parquet layout");
        assertThat(first.task()).isEqualTo("I had to move forty tables without breaking a single scheduled report.");
        assertThat(first.action()).startsWith("I ran weekly office hours").endsWith("heaviest dashboard first.");
        assertThat(first.result()).startsWith("All forty tables moved in one quarter");
        PlanNote second = Trees.note(people, "Untangling an On-Call Rotation Shared by Three Teams");
        assertThat(second.kind()).isEqualTo(Kind.STORY);
        assertThat(second.star().situation()).startsWith("Three teams shared one pager");
        assertThat(second.star().task()).isEmpty();
        assertThat(second.star().action()).startsWith("I mapped every alert to an owning team");
        assertThat(second.star().result()).startsWith("Pages per week dropped from about forty to six");
        assertThat(root.allNotes()).filteredOn(n -> n.kind() == Kind.STORY).hasSize(2);
    }

    @Test
    void turnsQuotedLabelsIntoTalkingPointsWithTheirCues() {
        List<String> cues = root.allNotes().stream().filter(n -> n.kind() == Kind.TALKING_POINT)
                .flatMap(n -> n.cues().stream()).toList();
        assertThat(cues).containsExactly("Streaming at Scale", "Idempotent Sinks", "Schema Contracts", "Lag Alerting",
                "Backpressure Handling", "Tiered Storage", "Compaction Jobs");
        PlanNote streaming = Trees.note(Trees.section(root, "Core Topics"), "Streaming at Scale");
        assertThat(streaming.body()).startsWith("Explain how you keep a streaming pipeline correct")
                .contains("\n\nAt the clinic network I owned").contains("\n\nI introduced idempotent writes")
                .endsWith("from six hours to under four minutes.");
        PlanNote backpressure = Trees.note(Trees.section(root, "Core Topics", "数据质量 怎么保证 ??",
                "Freshness 时效性 （p95 end-to-end lag）"), "Backpressure Handling");
        assertThat(backpressure.body()).endsWith("Target: lag under 5 minutes for 99% of the day");
    }

    @Test
    void keepsLabelledLinesAndIndentedListsAsTalkingPoints() {
        PlanSection directionA = root.children().get(0);
        assertThat(directionA.notes()).extracting(PlanNote::title).containsExactly("Scope and Ownership", "Outcome");
        PlanNote ingestion = Trees.note(directionA.children().get(0), "Event Ingestion Rewrite");
        assertThat(ingestion.kind()).isEqualTo(Kind.TALKING_POINT);
        assertThat(ingestion.body()).isEqualTo("""
                - Explain why the nightly batch jobs could no longer keep up.
                - Describe how you moved ingestion onto Kafka with exactly-once sinks.
                - Mention Java, Flink and Avro schemas with a registry.""");
        PlanNote cloud = Trees.note(Trees.section(root, "Core Topics"), "Cloud Experience");
        assertThat(cloud.body()).contains("I have run production workloads on both GCP and AWS")
                .endsWith("access policies.");
        assertThat(Trees.section(root, "Why This Move").notes()).extracting(PlanNote::title)
                .containsExactly("Why Now", "Fit With Lumina Health");
    }

    @Test
    void findsTheQuestionsAndTheAsk() {
        assertThat(root.allNotes()).filteredOn(n -> n.kind() == Kind.QUESTION).extracting(PlanNote::title)
                .containsExactly("How do you handle disagreement on a design?", "Working across teams? 跨团队合作",
                        "why are you leaving, and what are you looking for next?");
        List<PlanNote> asks = root.allNotes().stream().filter(n -> n.kind() == Kind.ASK).toList();
        assertThat(asks).hasSize(1);
        assertThat(asks.get(0).body()).isEqualTo("Ask about how the platform team decides what to build next, "
                + "how on-call works, and what success looks like after six months.");
        assertThat(Trees.section(root, "Questions for Lumina Health").notes()).containsExactly(asks.get(0));
    }

    @Test
    void turnsTheClosingListeningForListIntoFourCompetenciesAndKeepsTheQuestionALikelyQuestion() {
        PlanSection listening = Trees.section(root, "The panel will be listening for");
        assertThat(listening.notes()).extracting(PlanNote::kind, PlanNote::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.COMPETENCY, "Depth in building and running large data pipelines and the storage under them"),
                org.assertj.core.groups.Tuple.tuple(Kind.COMPETENCY, "Hands-on time with at least one major cloud provider"),
                org.assertj.core.groups.Tuple.tuple(Kind.COMPETENCY, "Clear communication"),
                org.assertj.core.groups.Tuple.tuple(Kind.COMPETENCY, "A crisp answer to why are you leaving"),
                org.assertj.core.groups.Tuple.tuple(Kind.QUESTION, "why are you leaving, and what are you looking for next?"),
                org.assertj.core.groups.Tuple.tuple(Kind.NOTE, "Tip: write your stories down beforehand so you can tell them without notes"));
        assertThat(Trees.note(listening, "Hands-on time with at least one major cloud provider").body())
                .isEqualTo("any of AWS, GCP or Azure is fine");
        assertThat(Trees.note(listening, "Clear communication").body())
                .isEqualTo("especially when you disagree (they weigh this heavily)");
        assertThat(Trees.note(listening, "why are you leaving, and what are you looking for next?").answeredBy())
                .containsExactly(Trees.note(listening, "A crisp answer to why are you leaving"));
    }

    @Test
    void sameFileGivesTheSameTree() {
        assertThat(Trees.of(new OutlineImporter().plan(SAMPLE).root())).isEqualTo(Trees.of(root));
    }

    @Test
    void writesThePlanAndLinksTheQuestionToTheStoryBelowIt(@TempDir Path dir) {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "test")) {
            ImportResult r = new OutlineImporter().write(ws, List.of(plan), List.of(), null);
            assertThat(r.counts()).isEqualTo(new ImportCounts(13, 32, 2, 16, 3, 1));
            assertThat(Trees.of(ws, r.topSectionIds().get(0))).isEqualTo(Trees.of(root));
            Note question = ws.notes().stream().filter(n -> n.title().startsWith("Working across teams?")).findFirst().orElseThrow();
            assertThat(question.links()).hasSize(1);
            assertThat(ws.note(question.links().get(0)).orElseThrow().title())
                    .isEqualTo("Untangling an On-Call Rotation Shared by Three Teams");
        }
    }
}
