package org.prepdesk.ui.rehearse;

import java.awt.event.ActionListener;
import javax.swing.JComboBox;

/** Runs a change to a combo box without firing its listeners: filling it is not choosing. EDT only. */
final class QuietChange {
    private QuietChange() {
    }

    static void run(JComboBox<String> box, Runnable change) {
        ActionListener[] listeners = box.getActionListeners();
        for (ActionListener l : listeners) {
            box.removeActionListener(l);
        }
        try {
            change.run();
        } finally {
            for (ActionListener l : listeners) {
                box.addActionListener(l);
            }
        }
    }
}
