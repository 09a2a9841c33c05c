package org.prepdesk.store;

/** Called on the thread that made the change, after the workspace lock is released. */
@FunctionalInterface
public interface WorkspaceListener {
    void changed(WorkspaceEvent event);
}
