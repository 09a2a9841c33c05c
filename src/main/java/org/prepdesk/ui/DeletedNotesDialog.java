package org.prepdesk.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.prepdesk.history.DeletedNote;
import org.prepdesk.history.History;
import org.prepdesk.model.Note;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * "Show deleted notes": notes gone from the workspace and from its trash that history still holds;
 * Restore brings the last version back as a note and opens it. Read on the task executor. EDT only.
 */
final class DeletedNotesDialog extends JDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final TaskExecutor exec;
    private final Feedback fb;
    private final History history;
    private final DefaultListModel<DeletedNote> model = new DefaultListModel<>();
    private final JList<DeletedNote> list = new JList<>(model);

    DeletedNotesDialog(Window owner, Workspace ws, TaskExecutor exec, Feedback fb, History history, Consumer<Note> open,
                       Runnable commit) {
        super(owner, "Deleted notes in history", ModalityType.MODELESS);
        this.exec = exec;
        this.fb = fb;
        this.history = history;
        setName("deletedNotesDialog");
        list.setName("deletedList");
        list.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                super.getListCellRendererComponent(l, v, i, s, f);
                DeletedNote d = (DeletedNote) v;
                setText("<html><b>" + Html.escape(d.title()) + "</b><br><span style='color:gray'>gone since "
                        + WHEN.format(d.deletedAt()) + "</span></html>");
                return this;
            }
        });
        JButton restore = new JButton("Restore");
        restore.setName("restoreDeletedButton");
        restore.addActionListener(e -> {
            DeletedNote d = list.getSelectedValue();
            if (d != null) {
                UiTasks.run(exec, () -> history.restore(ws, d.lastVersion(), d.id()), n -> {
                    model.removeElement(d);
                    fb.info("Restored \"" + n.title() + "\"");
                    commit.run();
                    open.accept(n);
                }, fb);
            }
        });
        JButton close = new JButton("Close");
        close.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(restore);
        buttons.add(close);
        JPanel p = new JPanel(new BorderLayout(0, 8));
        p.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        p.add(new JScrollPane(list), BorderLayout.CENTER);
        p.add(buttons, BorderLayout.SOUTH);
        setContentPane(p);
        setSize(460, 380);
        setLocationRelativeTo(owner);
    }

    void open() {
        setVisible(true);
        UiTasks.run(exec, history::deletedNotes, (List<DeletedNote> gone) -> {
            model.clear();
            gone.forEach(model::addElement);
            if (!model.isEmpty()) {
                list.setSelectedIndex(0);
            }
        }, fb);
    }
}
