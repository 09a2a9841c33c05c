package org.prepdesk.ui;

import java.awt.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.JLabel;
import javax.swing.UIManager;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Star;
import org.prepdesk.review.StarCheck;
import org.prepdesk.review.StarFinding;
import org.prepdesk.review.StarRule;

/**
 * The STAR check's findings in the story editor: one small label under each of the four fields
 * and one under all four for the story as a whole (too long). The check is pure text work of a few
 * microseconds, so it runs on the EDT as the person types. EDT only.
 */
final class StarHints {
    private final Map<StarRule.Part, JLabel> labels = new EnumMap<>(StarRule.Part.class);
    private final StarCheck check = new StarCheck();

    StarHints() {
        for (StarRule.Part p : StarRule.Part.values()) {
            JLabel l = new JLabel();
            l.setName("starHint-" + p.name().toLowerCase(java.util.Locale.ROOT));
            l.setFont(l.getFont().deriveFont(l.getFont().getSize2D() - 1f));
            l.setVisible(false);
            labels.put(p, l);
        }
    }

    JLabel label(StarRule.Part part) {
        return labels.get(part);
    }

    void update(Star star, boolean isStory) {
        List<StarFinding> findings = isStory ? check.check(Note.draft(Kind.STORY, "").withStar(star)) : List.of();
        Color warn = UIManager.getColor("Component.warning.focusedBorderColor");
        for (StarRule.Part p : StarRule.Part.values()) {
            String text = findings.stream().filter(f -> f.rule().part() == p).map(StarFinding::message)
                    .collect(Collectors.joining("; "));
            JLabel l = labels.get(p);
            l.setText(text.isEmpty() ? "" : "⚠ " + text);
            l.setToolTipText(text.isEmpty() ? null : text);
            l.setForeground(warn != null ? warn : new Color(0xC77700));
            l.setVisible(!text.isEmpty());
        }
    }
}
