package org.prepdesk.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prepdesk.model.Kind;

/** Outlines in other shapes: Markdown with headings and lists, and a flat plain list with a BOM and CRLF. */
class OtherShapesTest {
    private final OutlineImporter importer = new OutlineImporter();

    @Test
    void importsMarkdownHeadingsAsSectionsAndListItemsAsNotes() {
        PlanSection root = importer.plan(Samples.resource("northwind-loop.md")).root();
        assertThat(root.title()).isEqualTo("northwind-loop");
        PlanSection loop = Trees.section(root, "Platform Engineer Loop – Northwind");
        assertThat(loop.children()).extracting(PlanSection::title)
                .containsExactly("Technical depth", "Behavioural 行为面试", "Questions to ask");
        PlanSection depth = Trees.section(loop, "Technical depth");
        assertThat(depth.notes()).extracting(PlanNote::kind, PlanNote::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.TALKING_POINT, "Caching"),
                org.assertj.core.groups.Tuple.tuple(Kind.TALKING_POINT, "Sharding"),
                org.assertj.core.groups.Tuple.tuple(Kind.QUESTION, "What happens when a shard is hot?"));
        assertThat(Trees.note(depth, "Caching").cues()).containsExactly("Caching");
        assertThat(Trees.note(depth, "What happens when a shard is hot?").body())
                .isEqualTo("Answer: we split it and move half the keys with a dual-write window.");
        PlanNote outage = Trees.note(Trees.section(depth, "Incidents"), "The Black Friday Outage");
        assertThat(outage.kind()).isEqualTo(Kind.STORY);
        assertThat(outage.star().situation()).isEqualTo("Checkout latency spiked to 8 s at peak.");
        assertThat(outage.star().task()).isEqualTo("Restore service within the SLA.");
        assertThat(outage.star().result()).isEqualTo("Recovered in 14 minutes; wrote the load-shedding runbook.");
        assertThat(Trees.section(loop, "Behavioural 行为面试").notes()).extracting(PlanNote::kind)
                .containsExactly(Kind.QUESTION, Kind.QUESTION);
        assertThat(Trees.section(loop, "Questions to ask").notes()).extracting(PlanNote::kind, PlanNote::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ASK, "What does the on-call rotation look like?"),
                        org.assertj.core.groups.Tuple.tuple(Kind.ASK, "How are roadmap priorities set?"));
        PlanNote logistics = Trees.note(loop, "Logistics");
        assertThat(logistics.kind()).isEqualTo(Kind.NOTE);
        assertThat(logistics.body()).isEqualTo("Bring ID. The office is on the 4th floor.");
    }

    @Test
    void importsAFlatPlainListWithBlankLineParagraphs() {
        OutlinePlan plan = importer.plan(Samples.resource("contoso-phone-screen.txt"));
        PlanSection root = plan.root();
        assertThat(plan.warnings()).isEmpty();
        assertThat(root.notes()).extracting(PlanNote::kind, PlanNote::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.NOTE, "Prep notes for the Contoso phone screen"),
                org.assertj.core.groups.Tuple.tuple(Kind.NOTE, "Elevator pitch"),
                org.assertj.core.groups.Tuple.tuple(Kind.QUESTION, "Why Contoso?"),
                org.assertj.core.groups.Tuple.tuple(Kind.TALKING_POINT, "Ownership"),
                org.assertj.core.groups.Tuple.tuple(Kind.QUESTION, "Tell me about a failure?"),
                org.assertj.core.groups.Tuple.tuple(Kind.STORY, "The Missed Backfill"),
                org.assertj.core.groups.Tuple.tuple(Kind.NOTE, "Remember to breathe and slow down."));
        assertThat(Trees.note(root, "Ownership").cues()).containsExactly("Ownership");
        assertThat(Trees.note(root, "Ownership").body()).endsWith("including the on-call.");
        assertThat(Trees.note(root, "Why Contoso?").body()).isEqualTo("Their logistics data is the product, not a side effect.");
        PlanNote story = Trees.note(root, "The Missed Backfill");
        assertThat(story.star().situation()).isEqualTo("A backfill silently skipped a partition and finance reported wrong numbers.");
        assertThat(story.star().action()).startsWith("Wrote a reconciliation job");
        assertThat(root.children()).extracting(PlanSection::title).containsExactly("Questions for Contoso");
        assertThat(root.children().get(0).notes()).extracting(PlanNote::kind).containsExactly(Kind.ASK, Kind.ASK);
        assertThat(root.allNotes()).allMatch(n -> !n.title().contains("\r") && !n.body().contains("\r")
                && !n.title().contains("\uFEFF") && !n.body().endsWith(" "));
    }

    @Test
    void indentationWithTabsNestsLikeSpaces() {
        String text = "Topics:\n\tCaching:\n\t\tRedis in front of the catalogue.\n\t\tWrite-through for prices.\n"
                + "\tSharding:\n\t\tBy customer id.\n";
        PlanSection root = importer.plan("tabs.txt", text).root();
        PlanSection topics = Trees.section(root, "Topics");
        assertThat(topics.notes()).extracting(PlanNote::title).containsExactly("Caching", "Sharding");
        assertThat(Trees.note(topics, "Caching").body())
                .isEqualTo("- Redis in front of the catalogue.\n- Write-through for prices.");
    }

    @Test
    void differentLineEndingsGiveTheSameTree() {
        String text = "Behavioural:\n\n  How do you resolve conflict?\n\n  \"Ownership\": I own it.\n";
        List<String> lf = Trees.of(importer.plan("a.txt", text).root());
        assertThat(Trees.of(importer.plan("a.txt", text.replace("\n", "\r\n")).root())).isEqualTo(lf);
        assertThat(Trees.of(importer.plan("a.txt", "\uFEFF" + text.replace("\n", "   \r")).root())).isEqualTo(lf);
    }
}
