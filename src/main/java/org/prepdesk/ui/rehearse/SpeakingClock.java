package org.prepdesk.ui.rehearse;

import java.awt.Color;
import java.util.function.LongSupplier;
import javax.swing.JLabel;
import javax.swing.Timer;
import javax.swing.UIManager;
import org.prepdesk.review.SpeakingTime;

/**
 * The timer of one answer said aloud, shown in a label: it starts on the first key or click, stops
 * when the answer is revealed or graded, and turns amber at the target and red at 1.5 times it.
 * EDT only.
 */
final class SpeakingClock {
    static final Color AMBER = new Color(0xD97706);
    static final Color RED = new Color(0xDC2626);

    enum Stage { WITHIN, AT_TARGET, WELL_OVER }

    private final JLabel label;
    private final Timer ticker;
    private final LongSupplier nanos;
    private int targetSeconds = SpeakingTime.STORY_SECONDS;
    private long startedAt = -1;   // nanos; -1 = not started
    private long stoppedAfter = -1; // nanos spoken; -1 = still running or not started

    SpeakingClock(JLabel label) {
        this(label, System::nanoTime);
    }

    SpeakingClock(JLabel label, LongSupplier nanos) {
        this.label = label;
        this.nanos = nanos;
        this.ticker = new Timer(200, e -> show());
    }

    /** A new item: the clock waits at 0:00 for the first key or click. */
    void reset(int target) {
        ticker.stop();
        targetSeconds = Math.max(1, target);
        startedAt = -1;
        stoppedAfter = -1;
        show();
    }

    /** A new target for the item being said; the clock keeps running. */
    void retarget(int target) {
        targetSeconds = Math.max(1, target);
        show();
    }

    void startIfIdle() {
        if (startedAt < 0) {
            startedAt = nanos.getAsLong();
            ticker.start();
            show();
        }
    }

    boolean isRunning() {
        return startedAt >= 0 && stoppedAfter < 0;
    }

    /** Stops the clock (if running) and returns the whole seconds spoken. */
    int stop() {
        if (isRunning()) {
            stoppedAfter = nanos.getAsLong() - startedAt;
            ticker.stop();
            show();
        }
        return seconds();
    }

    int seconds() {
        if (startedAt < 0) {
            return 0;
        }
        long spent = stoppedAfter >= 0 ? stoppedAfter : nanos.getAsLong() - startedAt;
        return (int) (spent / 1_000_000_000L);
    }

    Stage stage() {
        int s = seconds();
        return s * 2 >= targetSeconds * 3 ? Stage.WELL_OVER : s >= targetSeconds ? Stage.AT_TARGET : Stage.WITHIN;
    }

    void dispose() {
        ticker.stop();
    }

    private void show() {
        label.setText(SpeakingTime.clock(seconds()) + "  /  " + SpeakingTime.clock(targetSeconds));
        label.setForeground(switch (stage()) {
            case WITHIN -> UIManager.getColor("Label.foreground");
            case AT_TARGET -> AMBER;
            case WELL_OVER -> RED;
        });
        label.putClientProperty("rehearse.stage", stage().name());
    }
}
