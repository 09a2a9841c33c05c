package org.prepdesk.ui;

import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;
import org.fife.ui.rtextarea.SearchContext;
import org.fife.ui.rtextarea.SearchEngine;
import org.fife.ui.rtextarea.SearchResult;

/** Find in the open note's body (Ctrl+F in the editor): Enter finds the next, Escape closes. EDT only. */
final class FindBar extends JPanel {
    private final RSyntaxTextArea area;
    private final JTextField text = new JTextField(24);
    private final JLabel status = new JLabel(" ");

    FindBar(RSyntaxTextArea area) {
        super(new FlowLayout(FlowLayout.LEFT, 6, 2));
        this.area = area;
        text.setName("findField");
        JButton next = new JButton("Next");
        JButton prev = new JButton("Previous");
        JButton close = new JButton("✕");
        next.addActionListener(e -> find(true));
        prev.addActionListener(e -> find(false));
        close.addActionListener(e -> close());
        text.addActionListener(e -> find(true));
        add(new JLabel("Find:"));
        add(text);
        add(next);
        add(prev);
        add(status);
        add(close);
        setVisible(false);
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        text.getActionMap().put("close", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                close();
            }
        });
        area.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_F,
                java.awt.event.InputEvent.CTRL_DOWN_MASK), "prepdesk-find");
        area.getActionMap().put("prepdesk-find", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                open();
            }
        });
    }

    void open() {
        setVisible(true);
        String sel = area.getSelectedText();
        if (sel != null && !sel.contains("\n")) {
            text.setText(sel);
        }
        text.selectAll();
        text.requestFocusInWindow();
        revalidate();
    }

    void close() {
        setVisible(false);
        SearchEngine.markAll(area, new SearchContext());
        area.requestFocusInWindow();
    }

    private void find(boolean forward) {
        SearchContext ctx = new SearchContext(text.getText());
        ctx.setSearchForward(forward);
        ctx.setMarkAll(true);
        ctx.setSearchWrap(true);
        SearchResult r = SearchEngine.find(area, ctx);
        status.setText(text.getText().isEmpty() ? " " : r.wasFound() ? r.getMarkedCount() + " found" : "not found");
    }
}
