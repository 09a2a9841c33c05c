package org.prepdesk.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.prepdesk.ui.actions.ActionRegistry;
import org.prepdesk.ui.actions.WorkbenchAction;

/**
 * Ctrl+Shift+P: every action of the window with its shortcut, filtered as you type; Enter runs the
 * selected one, Escape closes. EDT only.
 */
public final class CommandPalette extends JDialog {
    private final ActionRegistry actions;
    private final JTextField filter = new JTextField(40);
    private final DefaultListModel<WorkbenchAction> model = new DefaultListModel<>();
    private final JList<WorkbenchAction> list = new JList<>(model);

    public CommandPalette(Window owner, ActionRegistry actions) {
        super(owner, "Commands", ModalityType.MODELESS);
        this.actions = actions;
        setName("commandPalette");
        setUndecorated(true);
        filter.setName("paletteFilter");
        filter.putClientProperty("JTextField.placeholderText", "Type a command");
        list.setName("paletteList");
        list.setVisibleRowCount(14);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                super.getListCellRendererComponent(l, v, i, s, f);
                WorkbenchAction a = (WorkbenchAction) v;
                setText("<html>" + Html.escape(a.category()) + ": <b>" + Html.escape(a.name()) + "</b>"
                        + (a.shortcutText().isEmpty() ? "" : "&nbsp;&nbsp;<span style='color:gray'>"
                        + Html.escape(a.shortcutText()) + "</span>") + "</html>");
                setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
                return this;
            }
        });
        JPanel p = new JPanel(new BorderLayout(0, 6));
        p.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(java.awt.Color.GRAY),
                BorderFactory.createEmptyBorder(8, 8, 8, 8)));
        p.add(new JLabel("Run a command"), BorderLayout.NORTH);
        JPanel center = new JPanel(new BorderLayout(0, 6));
        center.add(filter, BorderLayout.NORTH);
        center.add(new JScrollPane(list), BorderLayout.CENTER);
        p.add(center, BorderLayout.CENTER);
        setContentPane(p);
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
            }
        });
        filter.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                int i = list.getSelectedIndex();
                switch (e.getKeyCode()) {
                    case KeyEvent.VK_DOWN -> list.setSelectedIndex(Math.min(model.size() - 1, i + 1));
                    case KeyEvent.VK_UP -> list.setSelectedIndex(Math.max(0, i - 1));
                    case KeyEvent.VK_ENTER -> runSelected();
                    case KeyEvent.VK_ESCAPE -> setVisible(false);
                    default -> {
                        return;
                    }
                }
                list.ensureIndexIsVisible(list.getSelectedIndex());
                e.consume();
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    runSelected();
                }
            }
        });
        addWindowFocusListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowLostFocus(java.awt.event.WindowEvent e) {
                setVisible(false);
            }
        });
    }

    public void open() {
        filter.setText("");
        refilter();
        pack();
        setSize(Math.max(getWidth(), 520), getHeight());
        Window owner = getOwner();
        setLocation(owner.getX() + (owner.getWidth() - getWidth()) / 2, owner.getY() + 80);
        setVisible(true);
        filter.requestFocusInWindow();
    }

    private void refilter() {
        String[] words = filter.getText().toLowerCase(Locale.ROOT).trim().split("\\s+");
        model.clear();
        List<WorkbenchAction> all = actions.all();
        for (WorkbenchAction a : all) {
            String hay = (a.category() + " " + a.name() + " " + a.shortcutText()).toLowerCase(Locale.ROOT);
            boolean ok = true;
            for (String w : words) {
                ok &= hay.contains(w);
            }
            if (ok && a.isEnabled()) {
                model.addElement(a);
            }
        }
        if (!model.isEmpty()) {
            list.setSelectedIndex(0);
        }
    }

    private void runSelected() {
        WorkbenchAction a = list.getSelectedValue();
        setVisible(false);
        if (a != null) {
            SwingUtilities.invokeLater(a::run);
        }
    }
}
