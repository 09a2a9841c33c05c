package org.prepdesk.ui.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The speaking clock on a hand-moved time source (run on the EDT, as the view runs it). */
@org.junit.jupiter.api.Tag("gui")
class SpeakingClockTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void itWaitsForTheFirstKeyTurnsAmberAtTheTargetRedAtOneAndAHalfTimesAndStopsOnReveal() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(java.awt.GraphicsEnvironment.isHeadless(), "no display");
        SwingUtilities.invokeAndWait(() -> {
            AtomicLong now = new AtomicLong(5 * SECOND);
            JLabel label = new JLabel();
            SpeakingClock clock = new SpeakingClock(label, now::get);
            clock.reset(60);
            now.addAndGet(30 * SECOND);
            assertThat(clock.seconds()).as("not started before the first key").isZero();
            assertThat(label.getText()).isEqualTo("0:00  /  1:00");

            clock.startIfIdle();
            now.addAndGet(59 * SECOND);
            assertThat(clock.stage()).isEqualTo(SpeakingClock.Stage.WITHIN);
            now.addAndGet(SECOND);
            assertThat(clock.stage()).isEqualTo(SpeakingClock.Stage.AT_TARGET);
            now.addAndGet(29 * SECOND);
            assertThat(clock.stage()).isEqualTo(SpeakingClock.Stage.AT_TARGET);
            now.addAndGet(SECOND);
            assertThat(clock.stage()).isEqualTo(SpeakingClock.Stage.WELL_OVER);

            assertThat(clock.stop()).isEqualTo(90);
            assertThat(label.getText()).isEqualTo("1:30  /  1:00");
            assertThat(label.getForeground()).isEqualTo(SpeakingClock.RED);
            now.addAndGet(100 * SECOND);
            assertThat(clock.seconds()).as("stopped").isEqualTo(90);
            clock.startIfIdle();
            assertThat(clock.isRunning()).as("a stopped clock does not start again for the same item").isFalse();

            clock.reset(120);
            assertThat(clock.seconds()).isZero();
            clock.dispose();
        });
    }
}
