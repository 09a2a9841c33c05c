package org.prepdesk.ui;

import java.nio.file.Path;
import org.prepdesk.store.Workspace;

/**
 * File › Import…: how the window hands an outline file to the importer. Runs on the task executor
 * and returns a one-line summary for the status bar. The lead connects the outline importer in
 * {@link WindowLauncher}; until then the menu item says import is not available.
 */
@FunctionalInterface
public interface OutlineImport {
    String importFile(Workspace ws, Path file) throws Exception;

    OutlineImport NONE = (ws, file) -> {
        throw new UnsupportedOperationException("importing outlines is not part of this build yet");
    };
}
