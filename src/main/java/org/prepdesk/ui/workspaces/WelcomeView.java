package org.prepdesk.ui.workspaces;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/**
 * The first-run view: three ways in (a new workspace, a folder, the sample) and, beside them, the
 * short tour, which can be skipped. Says nothing about how a choice is carried out: the window
 * hands in {@link Choices}. EDT only.
 */
public final class WelcomeView extends JPanel {
    /** What the three buttons do. */
    public interface Choices {
        void newWorkspace();

        void openFolder();

        void exploreSample();
    }

    private final Tour tour = new Tour();

    /** {@code newDefault} and {@code sampleDest} are shown as where things will go. */
    public WelcomeView(Choices choices, String newDefault, String sampleDest, boolean sampleAvailable) {
        super(new GridBagLayout());
        setName("welcome");
        JPanel column = new JPanel();
        column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
        column.setOpaque(false);
        JLabel title = new JLabel("Welcome to PrepDesk");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() * 2f));
        column.add(left(title));
        column.add(Box.createVerticalStrut(6));
        column.add(left(new JLabel("Prepare what you will say in an interview. Everything you write stays in a "
                + "folder on this computer.")));
        column.add(Box.createVerticalStrut(24));
        column.add(choice("welcomeNew", "Start a new workspace", "An empty workspace in " + newDefault
                + " (you can pick another folder).", choices::newWorkspace));
        column.add(Box.createVerticalStrut(12));
        column.add(choice("welcomeOpen", "Open a folder…", "A workspace you already have, or a folder of "
                + "notes to import.", choices::openFolder));
        column.add(Box.createVerticalStrut(12));
        JComponent sample = choice("welcomeSample", "Explore the sample", sampleAvailable
                ? "A finished prep for a fictional onsite loop, copied to " + sampleDest + "."
                : "Not part of this copy of PrepDesk.", choices::exploreSample);
        sample.getComponent(0).setEnabled(sampleAvailable);
        column.add(sample);

        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(0, 0, 0, 48);
        c.anchor = GridBagConstraints.NORTHWEST;
        add(column, c);
        c.insets = new Insets(0, 0, 0, 0);
        add(tour, c);
    }

    public Tour tour() {
        return tour;
    }

    private static JComponent left(JComponent c) {
        c.setAlignmentX(LEFT_ALIGNMENT);
        return c;
    }

    private static JComponent choice(String name, String label, String help, Runnable action) {
        JPanel p = new JPanel(new BorderLayout(0, 4));
        p.setOpaque(false);
        JButton b = new JButton(label);
        b.setName(name);
        b.setHorizontalAlignment(SwingConstants.LEFT);
        b.setFont(b.getFont().deriveFont(Font.BOLD, b.getFont().getSize2D() * 1.15f));
        b.setPreferredSize(new Dimension(420, b.getPreferredSize().height + 14));
        b.addActionListener(e -> action.run());
        JLabel h = new JLabel(help);
        h.setEnabled(false);
        h.setBorder(BorderFactory.createEmptyBorder(0, 4, 0, 0));
        p.add(b, BorderLayout.NORTH);
        p.add(h, BorderLayout.CENTER);
        p.setMaximumSize(new Dimension(640, p.getPreferredSize().height));
        return left(p);
    }
}
