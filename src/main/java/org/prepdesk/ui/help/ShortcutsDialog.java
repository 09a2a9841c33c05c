package org.prepdesk.ui.help;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Window;
import java.util.List;
import javax.swing.JDialog;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.prepdesk.ui.actions.ActionRegistry;

/**
 * Help › Keyboard shortcuts: every action of the window with its keys, read from the action
 * registry, so an action added later is listed without touching this class. EDT only.
 */
public final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    /** The rows shown: menu, command, keys ("" when it has none). */
    public static List<String[]> rows(ActionRegistry actions) {
        return actions.all().stream()
                .map(a -> new String[] {a.category(), a.name(), a.shortcutText()})
                .toList();
    }

    public static void open(Window owner, ActionRegistry actions) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {"Menu", "Command", "Keys"}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        rows(actions).forEach(model::addRow);
        JTable table = new JTable(model);
        table.setName("shortcutsTable");
        table.getColumnModel().getColumn(0).setPreferredWidth(70);
        table.getColumnModel().getColumn(1).setPreferredWidth(300);
        table.getColumnModel().getColumn(2).setPreferredWidth(140);
        JDialog d = new JDialog(owner, "Keyboard shortcuts", java.awt.Dialog.ModalityType.MODELESS);
        d.setName("shortcuts");
        d.getContentPane().add(new JScrollPane(table), BorderLayout.CENTER);
        d.setSize(new Dimension(560, 620));
        d.setLocationRelativeTo(owner);
        d.setVisible(true);
    }
}
