package org.prepdesk.ui;

import javax.swing.table.AbstractTableModel;
import org.prepdesk.model.Note;
import org.prepdesk.review.CoverageMatrix;

/**
 * The coverage matrix as a table: a row per competency, its name and story count first, then a
 * column per story holding whether that story shows the competency. EDT only.
 */
final class ReadinessMatrixModel extends AbstractTableModel {
    static final int FIXED_COLUMNS = 2;
    private CoverageMatrix matrix = new CoverageMatrix(java.util.List.of(), java.util.List.of(), java.util.List.of());

    void show(CoverageMatrix m) {
        boolean sameShape = m.stories().equals(matrix.stories()) && m.rows().size() == matrix.rows().size();
        matrix = m;
        if (sameShape) {
            fireTableDataChanged();
        } else {
            fireTableStructureChanged();
        }
    }

    CoverageMatrix matrix() {
        return matrix;
    }

    CoverageMatrix.Row row(int r) {
        return matrix.rows().get(r);
    }

    /** The story of a column, or null for the fixed columns. */
    Note story(int column) {
        return column < FIXED_COLUMNS ? null : matrix.stories().get(column - FIXED_COLUMNS);
    }

    @Override
    public int getRowCount() {
        return matrix.rows().size();
    }

    @Override
    public int getColumnCount() {
        return FIXED_COLUMNS + matrix.stories().size();
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case 0 -> "Competency";
            case 1 -> "Stories";
            default -> {
                String t = story(column).title();
                yield t.isBlank() ? "(untitled)" : t;
            }
        };
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 0 || column == 1 ? String.class : Boolean.class;
    }

    @Override
    public Object getValueAt(int r, int column) {
        CoverageMatrix.Row row = row(r);
        return switch (column) {
            case 0 -> row.competency().title().isBlank() ? "(untitled)" : row.competency().title();
            case 1 -> row.stories().size() + " of " + CoverageMatrix.STORIES_NEEDED + (row.gap() ? " · gap" : "");
            default -> row.shownBy(story(column));
        };
    }
}
