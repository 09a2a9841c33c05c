package org.prepdesk.ui.workspaces;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * The short tour on the welcome view: what the app is for, one step at a time, with Next and
 * Skip. A later feature adds its step to {@link #STEPS}. EDT only.
 */
public final class Tour extends JPanel {
    /** One step: a heading and a sentence or two. */
    public record Step(String title, String text) {
    }

    public static final List<Step> STEPS = List.of(
            new Step("Write", "Sections on the left hold your prep; a note is a talking point, a STAR story, a "
                    + "likely question or a question to ask. It saves itself as you type."),
            new Step("Find", "Ctrl+K searches every note as you type, in English and in Chinese, Japanese "
                    + "or Korean."),
            new Step("The sheet", "Tag what matters for one interview and the panel on the right makes the "
                    + "night-before review sheet: PDF, HTML or Markdown."),
            new Step("Every command", "Ctrl+Shift+P lists every command with its keys; Help › Keyboard "
                    + "shortcuts shows them all, and Help › User guide explains the rest."));

    private int step;
    private final JLabel counter = new JLabel();
    private final JLabel heading = new JLabel();
    private final JLabel body = new JLabel();
    private final JButton next = new JButton("Next");

    public Tour() {
        super(new BorderLayout(0, 8));
        setName("tour");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor") == null
                        ? java.awt.Color.GRAY : UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(14, 16, 12, 16)));
        setPreferredSize(new Dimension(340, 210));
        counter.setEnabled(false);
        heading.setName("tourTitle");
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() * 1.3f));
        JPanel top = new JPanel(new BorderLayout());
        top.setOpaque(false);
        top.add(counter, BorderLayout.NORTH);
        top.add(heading, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
        JButton skip = new JButton("Skip the tour");
        skip.setName("tourSkip");
        skip.addActionListener(e -> setVisible(false));
        next.setName("tourNext");
        next.addActionListener(e -> next());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        buttons.setOpaque(false);
        buttons.add(skip);
        buttons.add(next);
        add(buttons, BorderLayout.SOUTH);
        show(0);
    }

    /** The step on show, from 0. */
    public int step() {
        return step;
    }

    private void next() {
        if (step + 1 < STEPS.size()) {
            show(step + 1);
        } else {
            setVisible(false); // "Done" on the last step
        }
    }

    private void show(int i) {
        step = i;
        Step s = STEPS.get(i);
        counter.setText("A short tour · " + (i + 1) + " of " + STEPS.size());
        heading.setText(s.title());
        body.setText("<html><body style='width: 240px'>" + s.text() + "</body></html>");
        next.setText(i + 1 < STEPS.size() ? "Next" : "Done");
    }
}
