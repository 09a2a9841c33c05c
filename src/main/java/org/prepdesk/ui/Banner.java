package org.prepdesk.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * Messages across the top of the window that need attention but must not block: a read-only
 * workspace, files set aside as unreadable, a note kept twice after an outside change. EDT only.
 */
public final class Banner extends JPanel {
    private final JPanel lines = new JPanel();

    public Banner() {
        super(new BorderLayout());
        setName("banner");
        lines.setLayout(new BoxLayout(lines, BoxLayout.Y_AXIS));
        lines.setOpaque(false);
        add(lines, BorderLayout.CENTER);
        setVisible(false);
    }

    /** Adds a message; {@code warning} messages are amber, others blue. Each can be dismissed. */
    public void show(String text, boolean warning) {
        JPanel line = new JPanel(new BorderLayout(8, 0));
        line.setName("bannerLine");
        line.setBackground(warning ? new Color(0xFFF3CD) : new Color(0xDCEBFF));
        line.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 6));
        JLabel l = new JLabel("<html>" + Html.escape(text) + "</html>");
        l.setForeground(new Color(0x2B2B2B));
        JButton close = new JButton("Dismiss");
        close.putClientProperty("JButton.buttonType", "toolBarButton");
        close.setForeground(new Color(0x2B2B2B));
        close.addActionListener(e -> {
            lines.remove(line);
            setVisible(lines.getComponentCount() > 0);
            revalidate();
            repaint();
        });
        line.add(l, BorderLayout.CENTER);
        line.add(close, BorderLayout.EAST);
        lines.add(line);
        setVisible(true);
        revalidate();
    }

    /** A read-only workspace and the files set aside as unreadable, the first few by name. */
    public void showProblemsOf(org.prepdesk.store.Workspace ws) {
        ws.readOnlyReason().ifPresent(r -> show("Read-only: " + r + ". Changes cannot be saved.", true));
        java.util.List<org.prepdesk.store.Problem> problems = ws.problems();
        for (int i = 0; i < Math.min(3, problems.size()); i++) {
            show("Set aside: " + problems.get(i).describe(), true);
        }
        if (problems.size() > 3) {
            show((problems.size() - 3) + " more files could not be read; run \"prepdesk check\" for the list.", true);
        }
    }

    public int count() {
        return lines.getComponentCount();
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (var c : lines.getComponents()) {
            sb.append(((JLabel) ((JPanel) c).getComponent(0)).getText()).append('\n');
        }
        return sb.toString();
    }
}
