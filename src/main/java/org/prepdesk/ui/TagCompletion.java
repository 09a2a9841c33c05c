package org.prepdesk.ui;

import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * Completes the tag being typed (after the last comma) from the workspace's tags: a small list
 * under the field; Tab or Enter takes the first, a click takes any. The focus stays in the field.
 * EDT only.
 */
final class TagCompletion {
    private static final int MAX = 8;
    private final JTextField field;
    private final Supplier<List<String>> tags;
    private final JPopupMenu popup = new JPopupMenu();
    private List<String> shown = List.of();

    private TagCompletion(JTextField field, Supplier<List<String>> tags) {
        this.field = field;
        this.tags = tags;
        popup.setFocusable(false);
    }

    static void install(JTextField field, Supplier<List<String>> tags) {
        TagCompletion c = new TagCompletion(field, tags);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                SwingUtilities.invokeLater(c::update);
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                SwingUtilities.invokeLater(c::update);
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
            }
        });
        field.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                boolean accept = e.getKeyCode() == KeyEvent.VK_ENTER || e.getKeyCode() == KeyEvent.VK_TAB;
                if (c.popup.isVisible() && accept && !c.shown.isEmpty()) {
                    c.accept(c.shown.get(0));
                    e.consume();
                } else if (e.getKeyCode() == KeyEvent.VK_ESCAPE) {
                    c.popup.setVisible(false);
                }
            }
        });
        field.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                c.popup.setVisible(false);
            }
        });
        field.setFocusTraversalKeysEnabled(false); // Tab accepts a completion; see focusNext below
        field.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (e.getKeyCode() == KeyEvent.VK_TAB && !e.isConsumed()) {
                    if (e.isShiftDown()) {
                        field.transferFocusBackward();
                    } else {
                        field.transferFocus();
                    }
                }
            }
        });
    }

    private String prefix() {
        String t = field.getText();
        int caret = field.getCaretPosition();
        int start = t.lastIndexOf(',', Math.max(0, caret - 1)) + 1;
        return t.substring(start, Math.min(caret, t.length())).strip();
    }

    private void update() {
        if (!field.isFocusOwner()) {
            popup.setVisible(false);
            return;
        }
        String p = prefix().toLowerCase(Locale.ROOT);
        List<String> already = List.of(field.getText().toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        shown = p.isEmpty() ? List.of() : tags.get().stream()
                .filter(t -> t.toLowerCase(Locale.ROOT).startsWith(p) && !already.contains(t.toLowerCase(Locale.ROOT)))
                .limit(MAX).toList();
        popup.setVisible(false);
        popup.removeAll();
        if (shown.isEmpty()) {
            return;
        }
        for (String t : shown) {
            JMenuItem item = new JMenuItem(t);
            item.addActionListener(e -> accept(t));
            popup.add(item);
        }
        popup.show(field, 0, field.getHeight());
    }

    private void accept(String tag) {
        String t = field.getText();
        int caret = field.getCaretPosition();
        int start = t.lastIndexOf(',', Math.max(0, caret - 1)) + 1;
        String before = t.substring(0, start);
        String after = t.substring(Math.min(caret, t.length()));
        String lead = before.isEmpty() ? "" : " ";
        field.setText(before + lead + tag + ", " + after.stripLeading());
        field.setCaretPosition(Math.min(field.getText().length(), (before + lead + tag + ", ").length()));
        popup.setVisible(false);
    }
}
