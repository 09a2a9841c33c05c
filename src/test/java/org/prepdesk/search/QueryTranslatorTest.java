package org.prepdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

class QueryTranslatorTest {
    private final QueryTranslator translator = new QueryTranslator();

    @Test
    void aCjkRunBecomesAPhraseOfBigrams() {
        Query q = translator.translate("可用性 ").query();
        assertThat(q.toString()).contains("all:\"可用 用性\"").doesNotContain("all:可 ");
    }

    @Test
    void mixedScriptsGiveOneRequiredClausePerWord() {
        BooleanQuery q = (BooleanQuery) translator.translate("Scalability 可扩展性").query();
        assertThat(q.clauses()).hasSize(2).allMatch(c -> c.getOccur() == org.apache.lucene.search.BooleanClause.Occur.MUST);
    }

    @Test
    void englishWordsAreStemmedAndTheLastIsAlsoAPrefix() {
        String q = translator.translate("caching migrati").query().toString();
        assertThat(q).contains("all:cach").contains("all:migrati*").doesNotContain("cach*");
    }

    @Test
    void aPhraseOfCommonWordsIsLookedUpAsOnePairAndNarrowsALongerPhrase() {
        assertThat(translator.translate("\"on to\"").query().toString()).contains("pairs:on to").doesNotContain("all:");
        assertThat(translator.translate("\"moved on to the\"").query().toString())
                .contains("all:\"move on to the\"").contains("#pairs:on to").contains("#pairs:to the");
        assertThat(translator.translate("\"load balancer\"").query().toString()).doesNotContain("pairs:");
    }

    @Test
    void aPhraseWithACommonWordIsRankedByItsOtherWordsAndCheckedAsAFilter() {
        String q = translator.translate("\"the system\"").query().toString();
        assertThat(q).contains("+all:system").contains("#all:\"the system\"");
    }

    @Test
    void oneLetterIsNeverAPrefix() {
        assertThat(translator.translate("a").query().toString()).doesNotContain("*");
        assertThat(translator.translate("可").query().toString()).contains("可*");
    }

    @Test
    void emptyOrPunctuationOnlyQueriesSearchNothing() {
        assertThat(translator.translate("").query()).isNull();
        assertThat(translator.translate("  ").query()).isNull();
        assertThat(translator.translate("!!! ??? ...").query()).isNull();
    }

    @Test
    void unknownFieldPrefixesAreSearchedAsWords() {
        String q = translator.translate("foo:bar ").query().toString();
        assertThat(q).contains("all:");
    }

    /** Thousands of random and hostile strings: every one translates, and stays within Lucene's clause limit. */
    @Test
    void randomAndHostileStringsNeverThrow() {
        Random random = new Random(20261128L);
        String[] pieces = {"\"", "-", "OR", "AND", "NOT", "tag:", "kind:", "title:", "section:", "cue:", "result:",
            "(", ")", "*", "?", "~", "^", "\\", ":", "/", "[", "]", "{", "}", "可扩展性", "可", "用", "テスト", "한국어",
            "\uD83D\uDE00", "\uD800", "\uDC00", "\u0000", "\u200B", "\u3000", "\t", "\n", " ", "caching", "a", "x",
            "ab", "ﬁ", "İ", "ß", "Ω", "é", "e\u0301", "%", "&&", "||", "!", "'", "`", "@", "#", "$"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(i % 100 == 0 ? 3000 : 12);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(3) == 0) {
                    sb.appendCodePoint(random.nextInt(0x30000));   // any code point, unpaired surrogates included
                } else {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                }
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            assertThatCode(() -> {
                QueryTranslator.Translation t = translator.translate(text);
                if (t.query() != null) {
                    assertThat(leafCount(t.query())).isLessThanOrEqualTo(IndexSearcherLimit.MAX);
                }
            }).as("query %s", text.length() > 80 ? text.substring(0, 80) : text).doesNotThrowAnyException();
        }
    }

    private static int leafCount(Query q) {
        int[] n = {0};
        q.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query query) {
                n[0]++;
            }

            @Override
            public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
                n[0]++;
            }
        });
        return n[0];
    }

    private static final class IndexSearcherLimit {
        static final int MAX = org.apache.lucene.search.IndexSearcher.getMaxClauseCount();
    }

    @Test
    void commonWordsBesideOthersOnlyRank() {
        BooleanQuery q = (BooleanQuery) translator.translate("the outage ").query();
        assertThat(q.clauses()).extracting(org.apache.lucene.search.BooleanClause::getOccur)
                .containsExactly(org.apache.lucene.search.BooleanClause.Occur.SHOULD, org.apache.lucene.search.BooleanClause.Occur.MUST);
        BooleanQuery alone = (BooleanQuery) translator.translate("the ").query();
        assertThat(alone.clauses()).extracting(org.apache.lucene.search.BooleanClause::getOccur)
                .containsExactly(org.apache.lucene.search.BooleanClause.Occur.MUST);
    }

    @Test
    void orGroupsTheTermsOnEitherSide() {
        BooleanQuery q = (BooleanQuery) translator.translate("redis OR memcached kafka").query();
        assertThat(q.clauses()).hasSize(2);
        assertThat(List.of(q.clauses().get(0).getQuery().toString())).allMatch(s -> s.contains("redi") && s.contains("memcach"));
    }
}
