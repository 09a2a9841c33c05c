package org.prepdesk.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Star;

/**
 * What a STAR story lacks, as recruiters judge it: all of Situation, Action and Result; a Result
 * with a number; an Action that is mine ("I" at least as often as "we"); no longer than the target
 * speaking time at {@value #WORDS_PER_MINUTE} words a minute; an Action at least as long as the
 * Situation. English and Chinese text alike. Notes that are not stories have no findings.
 * Immutable and thread-safe.
 */
public final class StarCheck {
    public static final int WORDS_PER_MINUTE = 130;
    public static final Duration DEFAULT_TARGET = Duration.ofMinutes(2);

    private final Duration target;

    public StarCheck() {
        this(DEFAULT_TARGET);
    }

    public StarCheck(Duration target) {
        this.target = target;
    }

    public List<StarFinding> check(Note n) {
        List<StarFinding> out = new ArrayList<>();
        if (n.kind() != Kind.STORY) {
            return out;
        }
        Star s = n.star();
        String situation = s.situation().strip();
        String action = s.action().strip();
        String result = s.result().strip();
        if (situation.isEmpty()) {
            out.add(finding(n, StarRule.MISSING_SITUATION, "no Situation: say where and when, in a sentence or two"));
        }
        if (action.isEmpty()) {
            out.add(finding(n, StarRule.MISSING_ACTION, "no Action: say what you did, step by step"));
        }
        if (result.isEmpty()) {
            out.add(finding(n, StarRule.MISSING_RESULT, "no Result: say how it ended, with a number"));
        } else if (!SpokenText.hasNumber(result)) {
            out.add(finding(n, StarRule.RESULT_WITHOUT_NUMBER,
                    "the Result has no number: how much faster, cheaper, fewer, in how long?"));
        }
        if (!action.isEmpty()) {
            int we = SpokenText.weCount(action);
            int i = SpokenText.iCount(action);
            if (we > i) {
                out.add(finding(n, StarRule.WE_NOT_I, "the Action says \"we\" " + times(we) + " and \"I\" " + times(i)
                        + ": say what you did yourself"));
            }
        }
        int words = SpokenText.words(situation) + SpokenText.words(s.task()) + SpokenText.words(action)
                + SpokenText.words(result);
        long seconds = Math.round(words * 60.0 / WORDS_PER_MINUTE);
        if (seconds > target.getSeconds()) {
            out.add(finding(n, StarRule.TOO_LONG, words + " words take about " + clock(seconds) + " to say at "
                    + WORDS_PER_MINUTE + " words a minute; the target is " + clock(target.getSeconds())));
        }
        if (!situation.isEmpty() && !action.isEmpty()) {
            int sw = SpokenText.words(situation);
            int aw = SpokenText.words(action);
            if (aw < sw) {
                out.add(finding(n, StarRule.ACTION_TOO_SHORT, "the Action (" + aw + " words) is shorter than the Situation ("
                        + sw + "): spend the time on what you did"));
            }
        }
        return out;
    }

    private static StarFinding finding(Note n, StarRule rule, String message) {
        return new StarFinding(n.id(), n.title(), rule, message);
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    static String clock(long seconds) {
        long m = seconds / 60;
        long s = seconds % 60;
        return m == 0 ? s + " s" : s == 0 ? m + " min" : m + " min " + s + " s";
    }
}
