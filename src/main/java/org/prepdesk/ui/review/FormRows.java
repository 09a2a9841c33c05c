package org.prepdesk.ui.review;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The rows the review panel's controls are stacked from: a component at the left, a field with its
 * label, a small heading; each as tall as its content and as wide as the panel.
 *
 * <p>Threading: EDT only (it builds components).
 */
final class FormRows {
    private FormRows() {
    }

    static JComponent row(JComponent c) {
        JPanel r = new JPanel(new BorderLayout());
        r.setOpaque(false);
        r.add(c, BorderLayout.WEST);
        r.setAlignmentX(Component.LEFT_ALIGNMENT);
        r.setMaximumSize(new Dimension(Integer.MAX_VALUE, c.getPreferredSize().height + 2));
        return r;
    }

    static JComponent labelled(String label, JComponent field) {
        JPanel r = new JPanel(new BorderLayout(6, 0));
        r.setOpaque(false);
        JLabel l = new JLabel(label);
        l.setPreferredSize(new Dimension(58, l.getPreferredSize().height));
        l.setLabelFor(field);
        r.add(l, BorderLayout.WEST);
        r.add(field, BorderLayout.CENTER);
        r.setAlignmentX(Component.LEFT_ALIGNMENT);
        r.setMaximumSize(new Dimension(Integer.MAX_VALUE, field.getPreferredSize().height + 2));
        return r;
    }

    static JLabel small(String text) {
        JLabel l = new JLabel(text);
        l.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        l.setBorder(BorderFactory.createEmptyBorder(4, 0, 1, 0));
        return l;
    }
}
