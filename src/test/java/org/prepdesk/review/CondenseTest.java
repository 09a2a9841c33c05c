package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CondenseTest {
    @Test
    void listItemsStayApartOnOneLine() {
        assertThat(Condense.plain("- 38 warehouses\n- ~2.1 M SKUs\n1. six engineers"))
                .isEqualTo("38 warehouses · ~2.1 M SKUs · six engineers");
    }

    @Test
    void shortTextIsKeptAsItIs() {
        assertThat(Condense.shorten("Freshness went to minutes.", 40)).isEqualTo("Freshness went to minutes.");
    }

    @Test
    void longTextIsCutOnAWordBoundaryWithAnEllipsis() {
        assertThat(Condense.shorten("one two three four five six", 15)).isEqualTo("one two three…");
    }

    @Test
    void textWithoutSpacesIsCutWhereItMustCountingCjkDouble() {
        String cut = Condense.shorten("可扩展性可用性正确性时效性", 9);
        assertThat(cut).isEqualTo("可扩展性…");
        assertThat(Condense.width(cut)).isLessThanOrEqualTo(9);
    }

    @Test
    void markdownMarksAndLinksBecomePlainText() {
        assertThat(Condense.plain("## **Bold** and [a link](https://x.test) and `code`\n- item"))
                .isEqualTo("Bold and a link and code · item");
    }

    @Test
    void firstSentenceStopsAtTheFirstFullStopAndIgnoresQuotes() {
        assertThat(Condense.firstSentence("“I led it. Then more.”", 100)).isEqualTo("I led it.");
        assertThat(Condense.firstSentence("数据质量很重要。然后。", 100)).isEqualTo("数据质量很重要。");
        assertThat(Condense.firstSentence("Version 2.5 shipped fine", 100)).isEqualTo("Version 2.5 shipped fine");
    }
}
