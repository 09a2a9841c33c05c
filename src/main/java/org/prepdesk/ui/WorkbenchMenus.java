package org.prepdesk.ui;

import java.awt.Component;
import java.awt.Dimension;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import org.prepdesk.model.Kind;
import org.prepdesk.ui.actions.ActionRegistry;
import org.prepdesk.ui.actions.WorkbenchAction;

/** Builds the menu bar and toolbar from the action registry, so every action appears once. EDT only. */
final class WorkbenchMenus {
    private static final String[] MENUS = {"File", "Edit", "View", "Go", "Help"};

    private WorkbenchMenus() {
    }

    static JMenuBar menuBar(ActionRegistry actions) {
        Map<String, JMenu> menus = new LinkedHashMap<>();
        for (String m : MENUS) {
            JMenu menu = new JMenu(m);
            menu.setMnemonic(m.charAt(0));
            menus.put(m, menu);
        }
        for (WorkbenchAction a : actions.all()) {
            if (a.id().equals("search-f")) {
                continue; // the same as Ctrl+K; listed in the palette only
            }
            JMenu menu = menus.get(a.category());
            if (a.id().equals("new-note-menu") || a.id().equals("about") || a.id().equals("trash")
                    || a.id().equals("quit") || a.id().equals("new-section") || a.id().equals("cut") || a.id().startsWith("theme-light") || a.id().equals("palette")) {
                menu.addSeparator();
            }
            menu.add(new JMenuItem(a));
        }
        JMenuBar bar = new JMenuBar();
        menus.values().stream().filter(m -> m.getItemCount() > 0).forEach(bar::add);
        return bar;
    }

    /** Puts File › Open recent right after File › Open workspace…. */
    static void insertAfterOpen(JMenuBar bar, JMenu recent) {
        JMenu file = bar.getMenu(0);
        for (int i = 0; i < file.getItemCount(); i++) {
            JMenuItem item = file.getItem(i);
            if (item != null && item.getAction() instanceof WorkbenchAction a && a.id().equals("open-workspace")) {
                file.insert(recent, i + 1);
                return;
            }
        }
        file.add(recent);
    }

    static JToolBar toolBar(ActionRegistry actions, JTextField searchField, Workbench w) {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        JButton newNote = new JButton("New ▾");
        newNote.setName("newNoteButton");
        newNote.setToolTipText("New note (Ctrl+N)");
        newNote.addActionListener(e -> kindPopup(w::newNote).show(newNote, 0, newNote.getHeight()));
        bar.add(newNote);
        bar.add(button(actions.get("new-section"), "New section"));
        bar.addSeparator();
        searchField.setMaximumSize(new Dimension(420, searchField.getPreferredSize().height + 4));
        bar.add(searchField);
        bar.add(Box.createHorizontalGlue());
        bar.add(button(actions.get("rehearse"), "Rehearse"));
        JButton readiness = button(actions.get("readiness"), "Readiness");
        readiness.setName("readinessButton");
        bar.add(readiness);
        bar.add(button(actions.get("trash"), "Trash"));
        bar.add(button(actions.get("palette"), "Commands"));
        JButton theme = button(actions.get("theme-toggle"), "Light/Dark");
        theme.setName("themeButton");
        bar.add(theme);
        return bar;
    }

    static JPopupMenu kindPopup(Consumer<Kind> create) {
        JPopupMenu p = new JPopupMenu();
        p.setName("newNoteMenu");
        int i = 1;
        for (Kind k : Kind.values()) {
            JMenuItem item = new JMenuItem(k.label() + "   Ctrl+Alt+" + i++, KindIcon.of(k));
            item.setName("new-" + k.id());
            item.addActionListener(e -> create.accept(k));
            p.add(item);
        }
        return p;
    }

    private static JButton button(WorkbenchAction a, String text) {
        JButton b = new JButton(a);
        b.setText(text);
        b.setToolTipText(a.name() + (a.shortcutText().isEmpty() ? "" : " (" + a.shortcutText() + ")"));
        b.setFocusable(false);
        return b;
    }

    static Component glue() {
        return Box.createHorizontalGlue();
    }
}
