package org.prepdesk.ui.rehearse;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.Icon;
import javax.swing.SwingUtilities;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Rehearsal;
import org.prepdesk.model.Schedule;
import org.prepdesk.review.Rehearsals;
import org.prepdesk.review.SpeakingTime;
import org.prepdesk.store.TaskExecutor;

/**
 * The small due/strength mark the tree and the search results paint on a rehearsable note's icon:
 * a grey ring when never rehearsed, red when due, amber when not due but still weak (stability under
 * a week), green when not due and stable. The rehearsal files are read on the background executor; painting reads the
 * last copy. The map is replaced whole, never changed in place, so any thread may read it.
 */
public final class RehearsalMarks {
    static final Color NEVER = new Color(0x9CA3AF);
    static final Color STRONG = new Color(0x16A34A);
    static final Color WEAK = new Color(0xD97706);
    static final Color DUE = new Color(0xDC2626);
    private static final double STABLE_DAYS = 7;

    private final Rehearsals rehearsals;
    private final TaskExecutor exec;
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, Schedule> schedules = Map.of();

    public RehearsalMarks(Rehearsals rehearsals, TaskExecutor exec) {
        this.rehearsals = rehearsals;
        this.exec = exec;
    }

    /** Runs on the EDT after the marks changed (to repaint the tree and the results). */
    public void onChange(Runnable r) {
        listeners.add(r);
    }

    /** Reads every rehearsal file again, in the background. */
    public void refresh() {
        exec.run(() -> {
            Map<String, Schedule> fresh = new HashMap<>();
            rehearsals.store().listing().rehearsals().forEach((id, r) -> fresh.put(id, r.schedule()));
            schedules = Map.copyOf(fresh);
            SwingUtilities.invokeLater(() -> listeners.forEach(Runnable::run));
        });
    }

    /** One note was just graded: its mark changes without reading the others again. EDT. */
    void update(Rehearsal r) {
        Map<String, Schedule> next = new HashMap<>(schedules);
        next.put(r.noteId(), r.schedule());
        schedules = Map.copyOf(next);
        listeners.forEach(Runnable::run);
    }

    /** The colour of the mark, or null for a note that is not rehearsed. */
    public Color colour(String noteId, Kind kind) {
        if (!SpeakingTime.isRehearsable(kind)) {
            return null;
        }
        Schedule s = schedules.get(noteId);
        if (s == null || s.isNew()) {
            return NEVER;
        }
        if (!s.due().isAfter(Instant.now())) {
            return DUE;
        }
        return s.stability() < STABLE_DAYS ? WEAK : STRONG;
    }

    /** "Never rehearsed" or "Rehearsal due in 3 days · recall 95 % · 2 reviews"; null when not rehearsed. */
    public String describe(String noteId, Kind kind) {
        if (!SpeakingTime.isRehearsable(kind)) {
            return null;
        }
        Schedule s = schedules.get(noteId);
        if (s == null || s.isNew()) {
            return "Never rehearsed";
        }
        Instant now = Instant.now();
        long hours = Duration.between(now, s.due()).toHours();
        String when = hours <= 0 ? "due now" : hours < 24 ? "due in " + hours + " h" : "due in " + (hours + 12) / 24 + " days";
        return "Rehearsal " + when + " · recall " + Math.round(100 * rehearsals.scheduler().retrievability(s, now))
                + " % · " + s.reps() + (s.reps() == 1 ? " review" : " reviews");
    }

    /** {@code base} with the mark in its lower right corner (or {@code base} itself when the note is not rehearsed). */
    public Icon icon(Icon base, String noteId, Kind kind) {
        Color c = colour(noteId, kind);
        return c == null ? base : new Marked(base, c, c == NEVER);
    }

    /** An icon with a dot (or a ring) painted over its corner. Immutable. */
    private record Marked(Icon base, Color colour, boolean ring) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            base.paintIcon(c, g, x, y);
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int d = Math.max(6, base.getIconHeight() / 2);
            int dx = x + getIconWidth() - d;
            int dy = y + base.getIconHeight() - d;
            g2.setColor(c.getBackground() == null ? Color.WHITE : c.getBackground());
            g2.fillOval(dx - 1, dy - 1, d + 2, d + 2);
            g2.setColor(colour);
            if (ring) {
                g2.drawOval(dx + 1, dy + 1, d - 3, d - 3);
            } else {
                g2.fillOval(dx, dy, d, d);
            }
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return base.getIconWidth() + 3;
        }

        @Override
        public int getIconHeight() {
            return base.getIconHeight();
        }
    }
}
