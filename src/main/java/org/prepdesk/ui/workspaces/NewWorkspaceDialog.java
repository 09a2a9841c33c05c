package org.prepdesk.ui.workspaces;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * File › New workspace… and the welcome view's first choice: where the new workspace goes, with a
 * folder filled in (the caller's default) that the user may type over or browse for. EDT only.
 */
public final class NewWorkspaceDialog extends JDialog {
    private final JTextField folder = new JTextField(36);
    private Path chosen;

    private NewWorkspaceDialog(Window owner, Path suggested, FolderPicker picker) {
        super(owner, "New workspace", ModalityType.APPLICATION_MODAL);
        setName("newWorkspace");
        folder.setName("newWorkspaceFolder");
        folder.setText(suggested.toString());
        JButton browse = new JButton("Browse…");
        browse.addActionListener(e -> picker.pick(this, "Where to make the workspace", suggested.getParent())
                .ifPresent(p -> folder.setText(p.toString())));
        JButton create = new JButton("Create");
        create.setName("newWorkspaceCreate");
        create.addActionListener(e -> {
            String t = folder.getText().strip();
            if (!t.isEmpty()) {
                chosen = Path.of(t.startsWith("~/") ? System.getProperty("user.home") + t.substring(1) : t);
                dispose();
            }
        });
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dispose());
        JPanel fields = new JPanel(new BorderLayout(8, 6));
        fields.setBorder(BorderFactory.createEmptyBorder(14, 14, 6, 14));
        fields.add(new JLabel("A new or empty folder for your notes:"), BorderLayout.NORTH);
        fields.add(folder, BorderLayout.CENTER);
        fields.add(browse, BorderLayout.EAST);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(cancel);
        buttons.add(create);
        getContentPane().add(fields, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(create);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog and returns the folder chosen, or empty when cancelled. */
    public static Optional<Path> ask(Window owner, Path suggested, FolderPicker picker) {
        NewWorkspaceDialog d = new NewWorkspaceDialog(owner, suggested, picker);
        d.setVisible(true);
        return Optional.ofNullable(d.chosen);
    }
}
