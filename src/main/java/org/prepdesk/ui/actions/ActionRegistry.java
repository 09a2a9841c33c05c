package org.prepdesk.ui.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JRootPane;

/**
 * Every action of the window, by id, in the order they were added: the menus, the command palette
 * and the key bindings all come from here, so none of them can miss one. EDT only.
 */
public final class ActionRegistry {
    private final Map<String, WorkbenchAction> actions = new LinkedHashMap<>();

    public WorkbenchAction add(WorkbenchAction a) {
        if (actions.putIfAbsent(a.id(), a) != null) {
            throw new IllegalArgumentException("two actions with the id " + a.id());
        }
        return a;
    }

    public WorkbenchAction get(String id) {
        WorkbenchAction a = actions.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        return a;
    }

    public List<WorkbenchAction> all() {
        return new ArrayList<>(actions.values());
    }

    /** Binds every shortcut in the window, wherever the focus is (menus show them too). */
    public void bindShortcuts(JRootPane root) {
        InputMap in = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        for (WorkbenchAction a : actions.values()) {
            if (a.shortcut() != null) {
                in.put(a.shortcut(), a.id());
                root.getActionMap().put(a.id(), a);
            }
        }
    }
}
