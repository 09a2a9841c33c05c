package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Star;

/** Each STAR rule fires on a story that has the fault and stays quiet on one that does not, in English and Chinese. */
class StarCheckTest {
    static final String SITUATION = "Nightly batch jobs missed their window as volume grew.";
    static final String ACTION = "I designed a streaming pipeline, I ran both paths side by side for a month and I wrote the replay tool.";
    static final String RESULT = "Freshness went from six hours to under 4 minutes.";
    static final String ZH_SITUATION = "夜间批处理经常超时。";
    static final String ZH_ACTION = "我设计了流式管道，我让新旧两条路径并行运行了一个月，并且我亲自写了回放工具。";
    static final String ZH_RESULT = "数据延迟从六小时降到4分钟。";

    private static Note story(String s, String a, String r) {
        return Note.draft(Kind.STORY, "A story").withStar(new Star(s, "", a, r));
    }

    private static List<String> rules(Note n) {
        return new StarCheck().check(n).stream().map(f -> f.rule().id()).toList();
    }

    @Test
    void aCompleteStoryHasNoFindingsInEitherLanguage() {
        assertThat(rules(story(SITUATION, ACTION, RESULT))).isEmpty();
        assertThat(rules(story(ZH_SITUATION, ZH_ACTION, ZH_RESULT))).isEmpty();
    }

    @Test
    void notesThatAreNotStoriesAreNotChecked() {
        assertThat(new StarCheck().check(Note.draft(Kind.TALKING_POINT, "Caching"))).isEmpty();
    }

    @Test
    void aFindingNamesTheNoteTheRuleAndAReason() {
        StarFinding f = new StarCheck().check(story(SITUATION, ACTION, "").withTitle("Streaming")).get(0);
        assertThat(f.title()).isEqualTo("Streaming");
        assertThat(f.rule()).isEqualTo(StarRule.MISSING_RESULT);
        assertThat(f.rule().part()).isEqualTo(StarRule.Part.RESULT);
        assertThat(f.message()).doesNotContain("\n").isNotBlank();
    }

    @Nested
    class MissingParts {
        @Test
        void anEmptyOrBlankSituationIsMissing() {
            assertThat(rules(story("  ", ACTION, RESULT))).contains("missing-situation");
            assertThat(rules(story(" \n", ZH_ACTION, ZH_RESULT))).contains("missing-situation");
            assertThat(rules(story(SITUATION, ACTION, RESULT))).doesNotContain("missing-situation");
            assertThat(rules(story(ZH_SITUATION, ZH_ACTION, ZH_RESULT))).doesNotContain("missing-situation");
        }

        @Test
        void anEmptyActionIsMissing() {
            assertThat(rules(story(SITUATION, "", RESULT))).contains("missing-action").doesNotContain("we-not-i");
            assertThat(rules(story(ZH_SITUATION, "", ZH_RESULT))).contains("missing-action");
            assertThat(rules(story(SITUATION, ACTION, RESULT))).doesNotContain("missing-action");
            assertThat(rules(story(ZH_SITUATION, ZH_ACTION, ZH_RESULT))).doesNotContain("missing-action");
        }

        @Test
        void anEmptyResultIsMissingAndNotAlsoWithoutANumber() {
            assertThat(rules(story(SITUATION, ACTION, ""))).contains("missing-result").doesNotContain("result-without-number");
            assertThat(rules(story(ZH_SITUATION, ZH_ACTION, ""))).contains("missing-result");
            assertThat(rules(story(SITUATION, ACTION, RESULT))).doesNotContain("missing-result");
            assertThat(rules(story(ZH_SITUATION, ZH_ACTION, ZH_RESULT))).doesNotContain("missing-result");
        }
    }

    @Nested
    class ResultWithoutNumber {
        @Test
        void englishResultsWithoutDigitPercentOrNumberWord() {
            assertThat(rules(story(SITUATION, ACTION, "Impact is key; the team loved it."))).contains("result-without-number");
            for (String r : List.of("Cut latency by 40%", "Saved 28 hours a week", "Review wait time halved",
                    "Errors fell threefold", "Twice as many releases", "Freshness went from six hours to minutes")) {
                assertThat(rules(story(SITUATION, ACTION, r))).as(r).doesNotContain("result-without-number");
            }
        }

        @Test
        void chineseResultsWithoutDigitsBaiFenZhiOrNumberWords() {
            assertThat(rules(story(ZH_SITUATION, ZH_ACTION, "影响很大，团队很满意。"))).contains("result-without-number");
            // 一个 is "a", not a count
            assertThat(rules(story(ZH_SITUATION, ZH_ACTION, "这是一个很好的结果。"))).contains("result-without-number");
            for (String r : List.of("成本降低了百分之三十", "延迟减少到４分钟", "发布次数翻倍", "错误减少了一半", "三个月内上线", "成本降低２０％")) {
                assertThat(rules(story(ZH_SITUATION, ZH_ACTION, r))).as(r).doesNotContain("result-without-number");
            }
        }
    }

    @Nested
    class WeNotI {
        @Test
        void englishActionThatSaysWeMoreThanI() {
            assertThat(rules(story(SITUATION, "We designed the pipeline, we ran both paths and our team wrote the tool; I helped.", RESULT)))
                    .contains("we-not-i");
            assertThat(rules(story(SITUATION, "We agreed on a plan, then I designed the pipeline and I wrote my replay tool.", RESULT)))
                    .doesNotContain("we-not-i");
        }

        @Test
        void chineseActionThatSaysWoMenMoreThanWo() {
            assertThat(rules(story(ZH_SITUATION, "我们设计了流式管道，我们并行运行了两条路径，我们写了回放工具。", ZH_RESULT)))
                    .contains("we-not-i");
            assertThat(rules(story(ZH_SITUATION, "我们先讨论了方案，然后我设计了管道，我写了回放工具，并行运行一个月。", ZH_RESULT)))
                    .doesNotContain("we-not-i");
        }
    }

    @Nested
    class TooLong {
        @Test
        void englishStoryLongerThanTwoMinutesAt130WordsAMinute() {
            String long1 = "I " + "reworked the ingestion path again ".repeat(54);   // 1 + 270 words
            assertThat(rules(story(SITUATION, long1, RESULT))).contains("too-long");
            String fits = "I " + "reworked the ingestion path again ".repeat(40);   // about 1 min 40 s with the rest
            assertThat(rules(story(SITUATION, fits, RESULT))).doesNotContain("too-long");
        }

        @Test
        void chineseStoryLongerThanTwoMinutesCountingTwoCharactersAsAWord() {
            String long1 = "我" + "重新设计了数据管道".repeat(60);   // 541 characters, about 271 words
            assertThat(rules(story(ZH_SITUATION, long1, ZH_RESULT))).contains("too-long");
            String fits = "我" + "重新设计了数据管道".repeat(40);
            assertThat(rules(story(ZH_SITUATION, fits, ZH_RESULT))).doesNotContain("too-long");
        }

        @Test
        void theTargetCanBeShorter() {
            Note n = story(SITUATION, ACTION, RESULT);
            assertThat(new StarCheck(Duration.ofSeconds(10)).check(n)).extracting(f -> f.rule().id()).contains("too-long");
        }
    }

    @Nested
    class ActionTooShort {
        @Test
        void englishActionShorterThanTheSituation() {
            String situation = "The nightly batch jobs at the clinic network missed their window three times a week as event volume doubled.";
            assertThat(rules(story(situation, "I rewrote it.", RESULT))).contains("action-too-short");
            assertThat(rules(story(situation, ACTION, RESULT))).doesNotContain("action-too-short");
        }

        @Test
        void chineseActionShorterThanTheSituation() {
            String situation = "诊所网络的夜间批处理任务随着事件量翻倍，每周有三次错过了时间窗口。";
            assertThat(rules(story(situation, "我重写了。", ZH_RESULT))).contains("action-too-short");
            assertThat(rules(story(situation, ZH_ACTION, ZH_RESULT))).doesNotContain("action-too-short");
        }
    }
}
