package org.prepdesk.ui;

import java.awt.Color;
import java.awt.Component;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Paints the matrix: a dot where a story shows a competency, and the whole row of a gap tinted
 * with the look and feel's error colour (so it reads in light and dark). EDT only.
 */
final class ReadinessMatrixRenderer extends DefaultTableCellRenderer {
    private final ReadinessMatrixModel model;

    ReadinessMatrixRenderer(ReadinessMatrixModel model) {
        this.model = model;
    }

    @Override
    public Component getTableCellRendererComponent(JTable t, Object value, boolean sel, boolean focus, int row,
                                                   int column) {
        Object shown = value instanceof Boolean b ? (b ? "●" : "") : value;
        super.getTableCellRendererComponent(t, shown, sel, focus, row, column);
        setHorizontalAlignment(column >= ReadinessMatrixModel.FIXED_COLUMNS ? SwingConstants.CENTER : SwingConstants.LEADING);
        boolean gap = model.row(t.convertRowIndexToModel(row)).gap();
        if (!sel) {
            Color base = t.getBackground();
            // a dark background needs more of the colour for the same contrast
            float share = (base.getRed() + base.getGreen() + base.getBlue()) / 3 < 128 ? 0.4f : 0.22f;
            setBackground(gap ? blend(base, errorColour(), share) : base);
            setForeground(t.getForeground());
        }
        if (column >= ReadinessMatrixModel.FIXED_COLUMNS) {
            String story = model.getColumnName(column);
            setToolTipText(Boolean.TRUE.equals(value) ? story + " shows this: click to open the story"
                    : "click to link " + story + " to this competency");
        } else {
            setToolTipText(column == 0 ? "double-click to open the competency" : gap
                    ? "fewer than 2 stories: a follow-up question would find you without a second example" : null);
        }
        return this;
    }

    private static Color errorColour() {
        Color c = UIManager.getColor("Component.error.focusedBorderColor");
        return c != null ? c : new Color(0xE74C3C);
    }

    private static Color blend(Color a, Color b, float share) {
        return new Color(Math.round(a.getRed() * (1 - share) + b.getRed() * share),
                Math.round(a.getGreen() * (1 - share) + b.getGreen() * share),
                Math.round(a.getBlue() * (1 - share) + b.getBlue() * share));
    }
}
