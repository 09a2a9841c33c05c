package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.prepdesk.model.Kind;

/**
 * The Markdown sheet is read as plain text as often as it is rendered: what a person typed must
 * come out as typed, with a backslash only where a CommonMark reader would otherwise see markup.
 * Each case is rendered with commonmark-java and must give back exactly the text.
 */
class MarkdownSheetEscapingTest {
    static final List<String> TEXTS = List.of(
            "Freshness 6 h -> 4 min", "> quoted", "# not a heading", "## two", "#hashtag stays", "C# and F#",
            "title ending in #", "- dash", "+ plus", "* star", "1. first", "12) twelfth", "2024. A year", "---", "***",
            "___", "```code", "~~~", "    four spaces", "a *b* c", "2*3*4", "snake_case_name", "__init__", "_lead",
            "trail_", "a * b", "a _ b", "x**y**", "<b>bold</b>", "<script>alert('x')</script>", "a < b and c > d",
            "<3 fast", "<https://example.com>", "<a@b.co>", "[click](javascript:alert(1))", "![img](x.png)",
            "[note]", "back\\slash", "ends with \\", "\\*", "`code` span", "one ` tick", "&amp; &copy; &#35; &#x41;",
            "R&D and Q&A", "50% of p99 < 300 ms", "可用性 -> 可扩展性", "email@example.com", "~~strike~~",
            "a | b | c", "Let's say \"hi\"", "\"Cue\": text", "=== heading?", "!bang", "trailing  ");

    private static String html(String markdown) {
        Node doc = Parser.builder().build().parse(markdown);
        return HtmlRenderer.builder().build().render(doc).strip();
    }

    private static String htmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    void anArrowStaysAnArrow() {
        String md = MarkdownEscaper.paragraph("Freshness 6 h -> 4 min");
        assertThat(md).isEqualTo("Freshness 6 h -> 4 min");
        assertThat(MarkdownEscaper.inline("a < b and c > d, 50%, R&D, snake_case, 可用性")).isEqualTo(
                "a < b and c > d, 50%, R&D, snake_case, 可用性");
    }

    @Test
    void everyTextRendersBackAsItselfAtTheStartOfAParagraph() {
        for (String s : TEXTS) {
            assertThat(html(MarkdownEscaper.paragraph(s))).as(s).isEqualTo("<p>" + htmlText(s.strip()) + "</p>");
        }
    }

    @Test
    void everyTextRendersBackAsItselfInsideBoldAfterABulletAndInAHeading() {
        for (String s : TEXTS) {
            String t = htmlText(s.strip());
            assertThat(html("- **" + MarkdownEscaper.inline(s) + "**")).as(s)
                    .isEqualTo("<ul>\n<li><strong>" + t + "</strong></li>\n</ul>");
            assertThat(html("- **S** " + MarkdownEscaper.inline(s))).as(s)
                    .isEqualTo("<ul>\n<li><strong>S</strong> " + t + "</li>\n</ul>");
            assertThat(html("### " + MarkdownEscaper.heading(s))).as(s).isEqualTo("<h3>" + t + "</h3>");
            assertThat(html("*" + MarkdownEscaper.inline(s) + "*")).as(s).isEqualTo("<p><em>" + t + "</em></p>");
        }
    }

    @Test
    void plainTextIsLeftAlone() {
        for (String s : List.of("Freshness 6 h -> 4 min", "a < b and c > d", "snake_case_name", "R&D and Q&A",
                "a * b", "#hashtag stays", "C# and F#", "<3 fast", "2024 was good", "可用性 -> 可扩展性", "[note] stays")) {
            assertThat(MarkdownEscaper.paragraph(s)).as(s).doesNotContain("\\");
        }
    }

    @Test
    void theWholeSheetRendersToItsTextWithNoStrayBackslashes() {
        SheetItem story = new SheetItem("n1", Kind.STORY, "Cut freshness <b>", List.of(), "",
                List.of(new SheetItem.StarLine("Situation", "Freshness 6 h -> 4 min"),
                        new SheetItem.StarLine("Result", "p99 < 300 ms; *all* regions")), List.of(), 4);
        SheetItem point = new SheetItem("n2", Kind.TALKING_POINT, "Point", List.of(), "> not a quote", List.of(),
                List.of(), 0);
        SheetItem question = new SheetItem("n3", Kind.QUESTION, "Why -> now?", List.of(), "", List.of(),
                List.of(new SheetItem.Answer("n1", Kind.STORY, "Cut freshness <b>")), 0);
        Sheet sheet = new Sheet("Review #1", "Harborline · HM round", List.of(new SheetGroup("Stories", List.of(story)),
                new SheetGroup("Talking points", List.of(point)), new SheetGroup("Likely questions", List.of(question))));
        String md = new MarkdownSheetRenderer().render(sheet);
        assertThat(md).contains("Freshness 6 h -> 4 min", "Why -> now?", "p99 < 300 ms");
        String html = html(md);
        assertThat(html).contains("<h1>Review #1</h1>", "Freshness 6 h -&gt; 4 min", "Cut freshness &lt;b&gt; (4/5)",
                "p99 &lt; 300 ms; *all* regions", "<p>&gt; not a quote</p>", "→ Cut freshness &lt;b&gt;")
                .doesNotContain("<blockquote>", "<b>", "<em>all");
    }
}
