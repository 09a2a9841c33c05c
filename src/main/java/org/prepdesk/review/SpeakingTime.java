package org.prepdesk.review;

import java.util.Optional;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Rehearsal;
import org.prepdesk.model.Text;

/**
 * What can be rehearsed and for how long: stories and likely questions (answered with a story)
 * get two minutes, talking points one; a note's own target, kept in its rehearsal file, wins.
 * Written text is timed at 130 words a minute, the rate the editor's status bar uses.
 * Stateless, thread-safe.
 */
public final class SpeakingTime {
    public static final int WORDS_PER_MINUTE = 130;
    public static final int STORY_SECONDS = 120;
    public static final int TALKING_POINT_SECONDS = 60;

    private SpeakingTime() {
    }

    public static boolean isRehearsable(Kind kind) {
        return kind == Kind.STORY || kind == Kind.TALKING_POINT || kind == Kind.QUESTION;
    }

    /** The default target of a kind, empty when the kind is not rehearsed. */
    public static Optional<Integer> defaultTarget(Kind kind) {
        return switch (kind) {
            case STORY, QUESTION -> Optional.of(STORY_SECONDS);
            case TALKING_POINT -> Optional.of(TALKING_POINT_SECONDS);
            default -> Optional.empty();
        };
    }

    /** The note's target: the one set in its rehearsal file, else its kind's. */
    public static int target(Note n, Rehearsal r) {
        if (r != null && r.targetSeconds() > 0) {
            return r.targetSeconds();
        }
        return defaultTarget(n.kind()).orElse(STORY_SECONDS);
    }

    /** Seconds it takes to say {@code text} at {@link #WORDS_PER_MINUTE}. */
    public static int seconds(String text) {
        return (int) Math.round(Text.wordCount(text) * 60.0 / WORDS_PER_MINUTE);
    }

    /** What the note itself would have said aloud: its body and STAR parts (as the editor counts them). */
    public static String spokenText(Note n) {
        return String.join("\n", n.body(), n.star().situation(), n.star().task(), n.star().action(), n.star().result());
    }

    /** "2:05", for a timer or a target. */
    public static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s / 60 + ":" + String.format("%02d", s % 60);
    }
}
