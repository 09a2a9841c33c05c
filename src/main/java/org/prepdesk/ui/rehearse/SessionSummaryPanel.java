package org.prepdesk.ui.rehearse;

import java.awt.Font;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.prepdesk.review.RehearsalSummary;
import org.prepdesk.review.SpeakingTime;

/** What the session came to: items, grades, time spoken, and what is due by this time tomorrow. EDT only. */
final class SessionSummaryPanel extends JPanel {
    private final JLabel heading = new JLabel("Session done");
    private final JLabel items = new JLabel();
    private final JLabel grades = new JLabel();
    private final JLabel spoken = new JLabel();
    private final JLabel tomorrow = new JLabel(" ");
    private final JLabel keys = new JLabel("Enter or Esc: back to your notes   ·   R: rehearse again");

    SessionSummaryPanel() {
        setName("rehearseSummary");
        setFocusable(true); // holds the focus for Enter, Esc and R
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(40, 48, 40, 48));
        Font f = UIManager.getFont("Label.font");
        heading.setFont(f.deriveFont(Font.BOLD, f.getSize2D() * 2.2f));
        for (JLabel l : List.of(items, grades, spoken, tomorrow)) {
            l.setFont(f.deriveFont(f.getSize2D() * 1.4f));
            l.setBorder(BorderFactory.createEmptyBorder(10, 0, 0, 0));
        }
        items.setName("summaryItems");
        grades.setName("summaryGrades");
        spoken.setName("summarySpoken");
        tomorrow.setName("summaryTomorrow");
        keys.setForeground(UIManager.getColor("Label.disabledForeground"));
        keys.setBorder(BorderFactory.createEmptyBorder(28, 0, 0, 0));
        for (JLabel l : List.of(heading, items, grades, spoken, tomorrow, keys)) {
            add(l);
        }
    }

    void show(RehearsalSummary s) {
        items.setText("Items rehearsed: " + s.items());
        grades.setText("Grades: " + s.gradesText());
        spoken.setText("Time spoken: " + SpeakingTime.clock(s.secondsSpoken()));
        tomorrow.setText("Due by this time tomorrow: …");
    }

    void dueTomorrow(List<String> titles) {
        String list = titles.isEmpty() ? "nothing" : titles.size() + (titles.size() == 1 ? " item" : " items") + " ("
                + String.join(", ", titles.subList(0, Math.min(4, titles.size()))) + (titles.size() > 4 ? ", …" : "") + ")";
        tomorrow.setText("<html>Due by this time tomorrow: " + list.replace("<", "&lt;") + "</html>");
    }
}
