package org.prepdesk.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small steps of the import, one at a time. */
class PipelineStepsTest {
    @Test
    void normalisesLineEndingsTabsQuotesAndMarkers() {
        List<Line> lines = LineNormalizer.lines("\u201CCue\u201C: x  \r\n\t- item\r  \r### Title ###\r\n#######\n```\n# code\n```");
        assertThat(lines).extracting(Line::text).containsExactly("\"Cue\": x", "item", "", "Title", "#######", "```",
                "# code", "```");
        assertThat(lines.get(1).col()).isEqualTo(4);
        assertThat(lines.get(1).bullet()).isTrue();
        assertThat(lines).extracting(Line::type).containsExactly(Line.Type.TEXT, Line.Type.TEXT, Line.Type.BLANK,
                Line.Type.HEADING, Line.Type.DIVIDER, Line.Type.TEXT, Line.Type.TEXT, Line.Type.TEXT);
        assertThat(lines.get(3).level()).isEqualTo(3);
    }

    @Test
    void aFramedHeadingCountsAtItsDividersColumnAndKeepsWhatFollows() {
        List<Block> roots = BlockTreeBuilder.build(LineNormalizer.lines(
                "#####\n    Core Topics\n#####\n    #####\n    \"A\": one\n    \"B\": two\n#####\nNext:\n"));
        assertThat(roots).extracting(Block::text).containsExactly("Core Topics", "Next:");
        assertThat(roots.get(0).framed).isTrue();
        assertThat(roots.get(0).col).isZero();
        assertThat(roots.get(0).children).extracting(Block::text).containsExactly("\"A\": one", "\"B\": two");
    }

    @Test
    void aDividerClosesWhatIsIndentedAtOrRightOfIt() {
        List<Block> roots = BlockTreeBuilder.build(LineNormalizer.lines("Prose line\n#####\n    Indented after a divider\n"));
        assertThat(roots).extracting(Block::text).containsExactly("Prose line", "Indented after a divider");
    }

    @Test
    void joinedLinesStayOneItemUnlessTheyStartSomething() {
        List<Item> items = ItemSplitter.split(BlockTreeBuilder.build(LineNormalizer.lines(
                "Heading line\nfirst sentence\nsecond sentence\nWhy now?\n\"Cue\": said\nExample 1: Story\nSituation: s\n")));
        assertThat(items).extracting(Item::lines).containsExactly(
                List.of("Heading line", "first sentence", "second sentence"), List.of("Why now?"),
                List.of("\"Cue\": said"), List.of("Example 1: Story"), List.of("Situation: s"));
    }

    @Test
    void recognisesTheShapesOfLines() {
        assertThat(Patterns.isQuestion("Working across teams? 跨团队合作")).isTrue();
        assertThat(Patterns.isQuestion("数据质量 怎么保证 ??")).isTrue();
        assertThat(Patterns.isQuestion("A crisp answer to \"why are you leaving?\"")).isFalse();
        assertThat(Patterns.isQuestion("What? Then we shipped it.")).isFalse();
        assertThat(Patterns.quotedLabel("\"Lag Alerting\": Consumer lag is paged on.").label()).isEqualTo("Lag Alerting");
        assertThat(Patterns.plainLabel("Scope and Ownership: Lead with your role.").label()).isEqualTo("Scope and Ownership");
        assertThat(Patterns.plainLabel("be precise about volumes: events per second")).isNull();
        assertThat(Patterns.plainLabel("See https://example.org: the docs")).isNull();
        assertThat(Patterns.storyTitle("Example 2: Untangling an On-Call Rotation")).isEqualTo("Untangling an On-Call Rotation");
        assertThat(Patterns.storyTitle("**Example 1: The Outage**")).isEqualTo("The Outage");
        assertThat(Patterns.storyTitle("Example of good work.")).isNull();
        assertThat(Patterns.starField("**Result:** Recovered in 14 minutes.")).extracting(Patterns.StarField::part,
                Patterns.StarField::text).containsExactly("result", "Recovered in 14 minutes.");
        assertThat(Patterns.looksLikeHeading("Freshness 时效性 （p95 end-to-end lag）")).isTrue();
        assertThat(Patterns.looksLikeHeading("Name the bottleneck you hit first and what you measured.")).isFalse();
        assertThat(Patterns.isAsksHeading("Questions for Lumina Health")).isTrue();
        assertThat(Patterns.isAsksHeading("Questions they ask")).isFalse();
    }

    @Test
    void titlesAreShortAndKeepTheirTextInTheBody() {
        String ask = "Ask about how the platform team decides what to build next, how on-call works, and what success "
                + "looks like after six months.";
        String title = Titles.of(ask);
        assertThat(title).hasSizeLessThanOrEqualTo(Titles.MAX).endsWith("\u2026");
        assertThat(Titles.needsBody(ask, title)).isTrue();
        assertThat(Titles.of("Whatever they pick, expect follow-ups on design trade-offs. Keep saying what YOU decided "
                + "and what changed because of it")).isEqualTo("Whatever they pick, expect follow-ups on design trade-offs.");
    }
}
