package org.prepdesk.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.prepdesk.model.Grade;
import org.prepdesk.model.Schedule;

/**
 * FSRS-5 (the open-spaced-repetition scheduler, 19 parameters, forgetting curve with decay −0.5),
 * written here from the published formulas, and used as FSRS's "long-term" scheduler: every grade
 * schedules a whole number of days, with no same-day learning steps, since an item rehearsed aloud
 * is said once a day at most. Memory state: stability S (days until recall falls to 90 %),
 * difficulty D (1–10), retrievability R (the chance of recall now).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReviewScheduler {
    /** FSRS-5's default parameters w0…w18. */
    public static final double[] FSRS5_DEFAULT_PARAMETERS = {
        0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
        1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
    };
    public static final double DEFAULT_RETENTION = 0.9;
    public static final int DEFAULT_MAXIMUM_INTERVAL = 36500;

    static final double DECAY = -0.5;
    /** Chosen so that R(S, S) = 0.9: 0.9^(1/DECAY) − 1 = 19/81. */
    static final double FACTOR = 19.0 / 81.0;
    private static final double MIN_STABILITY = 0.001;
    private static final double MIN_INITIAL_STABILITY = 0.1;
    private static final Duration DAY = Duration.ofDays(1);

    private final double[] w;
    private final double desiredRetention;
    private final int maximumInterval;

    private ReviewScheduler(double[] w, double desiredRetention, int maximumInterval) {
        if (w.length != 19) {
            throw new IllegalArgumentException("FSRS-5 takes 19 parameters, not " + w.length);
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("the desired retention must lie between 0 and 1, not " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("the maximum interval must be at least one day");
        }
        this.w = w.clone();
        this.desiredRetention = desiredRetention;
        this.maximumInterval = maximumInterval;
    }

    /** Default parameters, retention 0.9. */
    public static ReviewScheduler defaults() {
        return new ReviewScheduler(FSRS5_DEFAULT_PARAMETERS, DEFAULT_RETENTION, DEFAULT_MAXIMUM_INTERVAL);
    }

    /** The system property that sets the desired retention (e.g. {@code -Dprepdesk.rehearsal.retention=0.85}). */
    public static final String RETENTION_PROPERTY = "prepdesk.rehearsal.retention";

    /**
     * Default parameters with the desired retention of {@link #RETENTION_PROPERTY} when it is set.
     *
     * @throws IllegalArgumentException with a one-line message when the property is not a number between 0 and 1
     */
    public static ReviewScheduler configured() {
        String r = System.getProperty(RETENTION_PROPERTY);
        if (r == null || r.isBlank()) {
            return defaults();
        }
        try {
            return defaults().withDesiredRetention(Double.parseDouble(r.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(RETENTION_PROPERTY + " must be a number between 0 and 1, such as 0.9; not \""
                    + r + "\"");
        }
    }

    public static ReviewScheduler withParameters(double[] parameters, double desiredRetention) {
        return new ReviewScheduler(parameters, desiredRetention, DEFAULT_MAXIMUM_INTERVAL);
    }

    public ReviewScheduler withDesiredRetention(double retention) {
        return new ReviewScheduler(w, retention, maximumInterval);
    }

    public double desiredRetention() {
        return desiredRetention;
    }

    public double[] parameters() {
        return w.clone();
    }

    /** The schedule after saying the item at {@code at} and grading it {@code grade}. */
    public Schedule next(Schedule current, Grade grade, Instant at) {
        if (current.isNew()) {
            return first(grade, at);
        }
        long elapsed = Math.max(0, Duration.between(current.lastReview(), at).toMillis() / DAY.toMillis());
        double r = forgettingCurve(elapsed, current.stability());
        double s = current.stability();
        double d = current.difficulty();
        // The intervals of the four grades are ordered, again < hard < good < easy, as FSRS's
        // long-term scheduler orders them, so a better grade never comes back sooner.
        double[] stabilities = new double[5];
        for (Grade g : Grade.values()) {
            stabilities[g.value()] = g == Grade.AGAIN ? Math.min(forgetStability(d, s, r), s) : recallStability(d, s, r, g);
        }
        long days = orderedIntervals(stabilities)[grade.value()];
        double nextS = Math.max(MIN_STABILITY, stabilities[grade.value()]);
        return new Schedule(nextS, nextDifficulty(d, grade), at.plus(Duration.ofDays(days)), at,
                current.reps() + 1, current.lapses() + (grade == Grade.AGAIN ? 1 : 0));
    }

    /** Whole days until the item is due again after this grade (what {@link #next} schedules). */
    public long intervalDays(Schedule current, Grade grade, Instant at) {
        Schedule n = next(current, grade, at);
        return Duration.between(at, n.due()).toDays();
    }

    private Schedule first(Grade grade, Instant at) {
        double[] stabilities = new double[5];
        for (Grade g : Grade.values()) {
            stabilities[g.value()] = initialStability(g);
        }
        long days = orderedIntervals(stabilities)[grade.value()];
        return new Schedule(stabilities[grade.value()], clampDifficulty(initialDifficulty(grade)),
                at.plus(Duration.ofDays(days)), at, 1, 0);
    }

    private long[] orderedIntervals(double[] stabilities) {
        long[] days = new long[5];
        for (int g = 1; g <= 4; g++) {
            days[g] = interval(stabilities[g]);
        }
        days[1] = Math.min(days[1], days[2]);
        days[2] = Math.max(days[2], days[1] + 1);
        days[3] = Math.max(days[3], days[2] + 1);
        days[4] = Math.max(days[4], days[3] + 1);
        return days;
    }

    /**
     * The chance of recalling an item of stability {@code stability} after {@code at} minus its
     * last review, counted in fractional days (so the queue can tell this morning from last night);
     * 0 for a new item, which has no memory to recall.
     */
    public double retrievability(Schedule s, Instant at) {
        if (s.isNew()) {
            return 0;
        }
        double days = Math.max(0, Duration.between(s.lastReview(), at).toMillis()) / (double) DAY.toMillis();
        return forgettingCurve(days, s.stability());
    }

    /** R(t, S) = (1 + FACTOR · t / S)^DECAY. */
    static double forgettingCurve(double elapsedDays, double stability) {
        return Math.pow(1 + FACTOR * elapsedDays / stability, DECAY);
    }

    /** I(r, S) = S / FACTOR · (r^(1/DECAY) − 1), rounded, at least a day. */
    long interval(double stability) {
        double days = stability / FACTOR * (Math.pow(desiredRetention, 1 / DECAY) - 1);
        return Math.max(1, Math.min(maximumInterval, Math.round(days)));
    }

    /** S0(G) = w[G−1]. */
    double initialStability(Grade g) {
        return Math.max(MIN_INITIAL_STABILITY, w[g.value() - 1]);
    }

    /** D0(G) = w4 − e^(w5 · (G − 1)) + 1, unclamped (the mean reversion uses D0(4) as it is). */
    double initialDifficulty(Grade g) {
        return w[4] - Math.exp(w[5] * (g.value() - 1)) + 1;
    }

    /** ΔD = −w6 · (G − 3), damped linearly as D nears 10, then reverted towards D0(4) by w7. */
    double nextDifficulty(double d, Grade g) {
        double delta = -w[6] * (g.value() - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampDifficulty(w[7] * initialDifficulty(Grade.EASY) + (1 - w[7]) * damped);
    }

    /** S'r = S · (1 + e^w8 · (11 − D) · S^−w9 · (e^(w10 · (1 − R)) − 1) · hard penalty · easy bonus). */
    double recallStability(double d, double s, double r, Grade g) {
        double hardPenalty = g == Grade.HARD ? w[15] : 1;
        double easyBonus = g == Grade.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus);
    }

    /** S'f = w11 · D^−w12 · ((S + 1)^w13 − 1) · e^(w14 · (1 − R)). */
    double forgetStability(double d, double s, double r) {
        return w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
    }

    private static double clampDifficulty(double d) {
        return Math.max(1, Math.min(10, d));
    }

    @Override
    public String toString() {
        return "FSRS-5 " + Arrays.toString(w) + " retention " + desiredRetention;
    }
}
