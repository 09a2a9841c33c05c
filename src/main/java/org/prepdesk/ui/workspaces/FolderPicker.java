package org.prepdesk.ui.workspaces;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;

/**
 * Asks the user for a folder. The window uses the platform's file chooser; tests hand in the folder
 * they made, since driving a native-looking chooser is not what they test. EDT only.
 */
@FunctionalInterface
public interface FolderPicker {
    Optional<Path> pick(Component owner, String title, Path start);

    FolderPicker CHOOSER = (owner, title, start) -> {
        JFileChooser chooser = new JFileChooser(start == null ? null : start.toFile());
        chooser.setDialogTitle(title);
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setAcceptAllFileFilterUsed(false);
        return chooser.showDialog(owner, "Open") == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    };
}
