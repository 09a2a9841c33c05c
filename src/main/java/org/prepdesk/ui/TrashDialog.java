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
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.TrashItem;
import org.prepdesk.store.Workspace;

/**
 * The trash: what was deleted, newest first; Restore puts the selected item back where it was.
 * The list is read on the task executor (it reads the trash files). EDT only.
 */
public final class TrashDialog extends JDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final Workspace ws;
    private final TaskExecutor exec;
    private final Feedback fb;
    private final DefaultListModel<TrashItem> model = new DefaultListModel<>();
    private final JList<TrashItem> list = new JList<>(model);

    public TrashDialog(Window owner, Workspace ws, TaskExecutor exec, Feedback fb, Consumer<String> restore) {
        super(owner, "Trash", ModalityType.MODELESS);
        this.ws = ws;
        this.exec = exec;
        this.fb = fb;
        setName("trashDialog");
        list.setName("trashList");
        list.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                super.getListCellRendererComponent(l, v, i, s, f);
                TrashItem t = (TrashItem) v;
                setText("<html><b>" + Html.escape(t.title()) + "</b>"
                        + (t.isSection() ? " (section, " + t.noteCount() + " notes)" : "")
                        + "<br><span style='color:gray'>from " + Html.escape(t.originalPath()) + " · "
                        + WHEN.format(t.trashedAt()) + "</span></html>");
                setIcon(t.isSection() ? KindIcon.SECTION : null);
                return this;
            }
        });
        JButton restoreButton = new JButton("Restore");
        restoreButton.setName("restoreButton");
        restoreButton.addActionListener(e -> {
            TrashItem t = list.getSelectedValue();
            if (t != null) {
                restore.accept(t.id());
                model.removeElement(t);
            }
        });
        JButton close = new JButton("Close");
        close.addActionListener(e -> setVisible(false));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(restoreButton);
        buttons.add(close);
        JPanel p = new JPanel(new BorderLayout(0, 8));
        p.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        p.add(new JScrollPane(list), BorderLayout.CENTER);
        p.add(buttons, BorderLayout.SOUTH);
        setContentPane(p);
        setSize(460, 380);
        setLocationRelativeTo(owner);
    }

    public void open() {
        refresh();
        setVisible(true);
    }

    public void refresh() {
        UiTasks.run(exec, ws::trash, (List<TrashItem> items) -> {
            model.clear();
            items.forEach(model::addElement);
            if (!model.isEmpty()) {
                list.setSelectedIndex(0);
            }
        }, fb);
    }
}
