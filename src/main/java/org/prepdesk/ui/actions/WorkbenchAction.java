package org.prepdesk.ui.actions;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;

/**
 * One thing the user can do, with a stable id, a name for menus and the command palette, and an
 * optional shortcut. EDT only.
 */
public final class WorkbenchAction extends AbstractAction {
    private final String id;
    private final String category;
    private final Runnable body;

    public WorkbenchAction(String id, String category, String name, KeyStroke shortcut, Runnable body) {
        super(name);
        this.id = id;
        this.category = category;
        this.body = body;
        if (shortcut != null) {
            putValue(ACCELERATOR_KEY, shortcut);
        }
    }

    public String id() {
        return id;
    }

    public String category() {
        return category;
    }

    public String name() {
        return (String) getValue(NAME);
    }

    public KeyStroke shortcut() {
        return (KeyStroke) getValue(ACCELERATOR_KEY);
    }

    /** "Ctrl+Shift+P", or "" when the action has no shortcut. */
    public String shortcutText() {
        return Shortcuts.describe(shortcut());
    }

    public void run() {
        if (isEnabled()) {
            body.run();
        }
    }

    @Override
    public String toString() {
        return category + ": " + name() + (shortcut() == null ? "" : " (" + shortcutText() + ")");
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        run();
    }
}
