package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prepdesk.model.Grade;
import org.prepdesk.model.Schedule;

/**
 * Worked values from the reference implementation's own tests: open-spaced-repetition/ts-fsrs,
 * packages/fsrs/__tests__/impl/long-term_scheduler.test.ts ("Long-term scheduler", test1–test5:
 * its 19 test weights, enable_short_term false, each review made at the due date) and
 * packages/fsrs/__tests__/FSRS-5.test.ts ("first repeat" and "memory state[long-term]", with
 * FSRS-5's default weights). ts-fsrs rounds every state to 8 decimals; this scheduler does not,
 * so stability and difficulty are compared to 1e-5 (or one part in 10^7 of a large
 * stability, where ts-fsrs's rounding adds up), intervals exactly.
 */
class ReviewSchedulerTest {
    private static final double[] TEST_WEIGHTS = {
        0.4197, 1.1869, 3.0412, 15.2441, 7.1434, 0.6477, 1.0007, 0.0674, 1.6597, 0.1712, 1.1178,
        2.0225, 0.0904, 0.3025, 2.1214, 0.2498, 2.9466, 0.4891, 0.6468,
    };
    private static final Instant START = Instant.parse("2022-12-29T12:30:00Z");
    private static final Grade A = Grade.AGAIN;
    private static final Grade H = Grade.HARD;
    private static final Grade G = Grade.GOOD;
    private static final Grade E = Grade.EASY;

    private final ReviewScheduler reference = ReviewScheduler.withParameters(TEST_WEIGHTS, 0.9);

    private record Run(List<Long> intervals, List<Double> stability, List<Double> difficulty) {
    }

    /** Reviews a new item with each grade in turn, each time on the day it falls due. */
    private Run reviewOnDueDates(ReviewScheduler scheduler, Grade... grades) {
        Schedule s = Schedule.NEW;
        Instant now = START;
        List<Long> ivl = new ArrayList<>();
        List<Double> st = new ArrayList<>();
        List<Double> df = new ArrayList<>();
        for (Grade g : grades) {
            s = scheduler.next(s, g, now);
            ivl.add(Duration.between(now, s.due()).toDays());
            st.add(s.stability());
            df.add(s.difficulty());
            now = s.due();
        }
        return new Run(ivl, st, df);
    }

    private static void assertClose(List<Double> actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("value %d", i).isCloseTo(expected[i], within(Math.max(1e-5, expected[i] * 1e-7)));
        }
    }

    @Test
    void goodSixTimesThenTwoLapsesMatchesTheReference() {
        Run r = reviewOnDueDates(reference, G, G, G, G, G, G, A, A, G, G, G, G, G);
        assertThat(r.intervals()).containsExactly(3L, 13L, 48L, 155L, 445L, 1158L, 17L, 3L, 11L, 37L, 112L, 307L, 773L);
        assertClose(r.stability(), 3.0412, 13.09130698, 48.15848988, 154.93732625, 445.05562739,
                1158.07779739, 16.63063166, 3.01732209, 11.42247264, 37.37521902, 111.8752758, 306.5974569,
                772.94026648);
        assertClose(r.difficulty(), 4.49094334, 4.26664289, 4.05746029, 3.86237659, 3.68044154, 3.51076891,
                4.69833071, 5.55956298, 5.26323756, 4.98688448, 4.72915759, 4.4888015, 4.26464541);
    }

    @Test
    void everyGradeInTurnStartingWithAgainMatchesTheReference() {
        Run r = reviewOnDueDates(reference, A, H, G, E, A, H, G, E);
        assertThat(r.intervals()).containsExactly(1L, 2L, 6L, 41L, 4L, 7L, 21L, 133L);
        assertClose(r.stability(), 0.4197, 1.0344317, 5.5356759, 41.0033667, 4.46605519, 6.67743292,
                20.88868155, 132.81849454);
        assertClose(r.difficulty(), 7.1434, 7.03653841, 6.64066485, 5.92312772, 6.44779861, 6.45995078,
                6.10293922, 5.36588547);
    }

    @Test
    void everyGradeInTurnStartingWithHardMatchesTheReference() {
        Run r = reviewOnDueDates(reference, H, G, E, A, H, G, E, A);
        assertThat(r.intervals()).containsExactly(2L, 7L, 54L, 5L, 8L, 26L, 171L, 8L);
        assertClose(r.stability(), 1.1869, 6.59167572, 53.76078737, 5.0853693, 8.09786749, 25.52991279,
                171.16195166, 8.11072373);
        assertClose(r.difficulty(), 6.23225985, 5.89059466, 5.14583392, 5.884097, 5.99269555, 5.667177,
                4.91430736, 5.71619151);
    }

    @Test
    void everyGradeInTurnStartingWithGoodMatchesTheReference() {
        Run r = reviewOnDueDates(reference, G, E, A, H, G, E, A, H);
        assertThat(r.intervals()).containsExactly(3L, 33L, 4L, 7L, 26L, 193L, 9L, 14L);
        assertClose(r.stability(), 3.0412, 32.65484522, 4.22256838, 7.2325009, 25.52681746, 193.36618775,
                8.63899847, 14.31323867);
        assertClose(r.difficulty(), 4.49094334, 3.69538259, 4.83221448, 5.12078462, 4.85403286, 4.07165035,
                5.1050878, 5.34697075);
    }

    @Test
    void everyGradeInTurnStartingWithEasyMatchesTheReference() {
        Run r = reviewOnDueDates(reference, E, A, H, G, E, A, H, G);
        assertThat(r.intervals()).containsExactly(15L, 3L, 6L, 27L, 240L, 10L, 17L, 60L);
        assertClose(r.stability(), 15.2441, 3.25621013, 6.32684549, 26.56339029, 239.70462771, 9.75621519,
                17.06035531, 59.59547542);
        assertClose(r.difficulty(), 1.16304343, 2.99573557, 3.59851762, 3.43436666, 2.60045771, 4.03816348,
                4.46259158, 4.24020203);
    }

    @Test
    void theFirstReviewWithDefaultParametersGivesTheReferenceStabilityAndDifficulty() {
        ReviewScheduler fsrs = ReviewScheduler.defaults();
        double[] s = new double[4];
        double[] d = new double[4];
        for (Grade g : Grade.values()) {
            Schedule first = fsrs.next(Schedule.NEW, g, START);
            s[g.value() - 1] = first.stability();
            d[g.value() - 1] = first.difficulty();
        }
        assertThat(s).containsExactly(new double[] {0.40255, 1.18385, 3.173, 15.69105}, within(1e-9));
        assertThat(d).containsExactly(new double[] {7.1949, 6.48830527, 5.28243442, 3.22450159}, within(1e-8));
    }

    @Test
    void theDefaultMemoryStateAfterAgainAndFiveGoodsMatchesTheReference() {
        ReviewScheduler fsrs = ReviewScheduler.defaults();
        Grade[] grades = {A, G, G, G, G, G};
        long[] daysBefore = {0, 0, 1, 3, 8, 21};
        Schedule s = Schedule.NEW;
        Instant now = START;
        for (int i = 0; i < grades.length; i++) {
            now = now.plus(Duration.ofDays(daysBefore[i]));
            s = fsrs.next(s, grades[i], now);
        }
        assertThat(s.stability()).isCloseTo(48.065163, within(1e-5));
        assertThat(s.difficulty()).isCloseTo(7.10441712, within(1e-7));
        assertThat(s.reps()).isEqualTo(6);
    }

    @Test
    void aNewItemGradedAgainComesBackTomorrowAndEasyAboutTwoWeeksLater() {
        ReviewScheduler fsrs = ReviewScheduler.defaults();
        assertThat(fsrs.intervalDays(Schedule.NEW, A, START)).isEqualTo(1);
        assertThat(fsrs.intervalDays(Schedule.NEW, H, START)).isEqualTo(2);
        assertThat(fsrs.intervalDays(Schedule.NEW, G, START)).isEqualTo(3);
        assertThat(fsrs.intervalDays(Schedule.NEW, E, START)).isEqualTo(16);
    }

    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDaysAndFallsWithTime() {
        ReviewScheduler fsrs = ReviewScheduler.defaults();
        Schedule s = fsrs.next(Schedule.NEW, G, START);
        assertThat(fsrs.retrievability(s, START)).isEqualTo(1.0);
        assertThat(fsrs.retrievability(s, START.plus(Duration.ofMillis((long) (s.stability() * 86_400_000)))))
                .isCloseTo(0.9, within(1e-6));
        assertThat(fsrs.retrievability(s, START.plus(Duration.ofDays(30))))
                .isLessThan(fsrs.retrievability(s, START.plus(Duration.ofDays(10))));
        assertThat(fsrs.retrievability(Schedule.NEW, START)).isZero();
    }

    @Test
    void aHigherDesiredRetentionSchedulesSooner() {
        Schedule s = ReviewScheduler.defaults().next(Schedule.NEW, G, START);
        Instant later = s.due();
        long at90 = ReviewScheduler.defaults().intervalDays(s, G, later);
        long at95 = ReviewScheduler.defaults().withDesiredRetention(0.95).intervalDays(s, G, later);
        long at80 = ReviewScheduler.defaults().withDesiredRetention(0.8).intervalDays(s, G, later);
        assertThat(at95).isLessThan(at90);
        assertThat(at80).isGreaterThan(at90);
    }

    @Test
    void lapsesCountAgainAfterTheFirstReviewOnly() {
        ReviewScheduler fsrs = ReviewScheduler.defaults();
        Schedule s = fsrs.next(Schedule.NEW, A, START);
        assertThat(s.lapses()).isZero();
        s = fsrs.next(s, A, s.due());
        assertThat(s.lapses()).isEqualTo(1);
        assertThat(s.reps()).isEqualTo(2);
    }

    @Test
    void theDesiredRetentionIsSetByAPropertyAndANonsenseValueIsRefusedWithOneLine() {
        try {
            System.setProperty(ReviewScheduler.RETENTION_PROPERTY, "0.85");
            assertThat(ReviewScheduler.configured().desiredRetention()).isEqualTo(0.85);
            System.setProperty(ReviewScheduler.RETENTION_PROPERTY, "1.5");
            org.assertj.core.api.Assertions.assertThatThrownBy(ReviewScheduler::configured)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        } finally {
            System.clearProperty(ReviewScheduler.RETENTION_PROPERTY);
        }
        assertThat(ReviewScheduler.configured().desiredRetention()).isEqualTo(0.9);
    }
}
