package org.prepdesk.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.prepdesk.store.TaskExecutor;

/**
 * What the trash and "Show deleted notes" share: a list of gone items, each a bold title over a grey
 * detail line, read on the task executor, with Restore and Close below. The dialogs say what an item
 * is and what restoring it does. EDT only.
 */
final class RestoreList<T> extends JPanel {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TaskExecutor exec;
    private final Feedback fb;
    private final DefaultListModel<T> model = new DefaultListModel<>();
    private final JList<T> list = new JList<>(model);

    /**
     * @param title  the item's title (escaped here)
     * @param detail the grey line under it, already HTML
     * @param icon   the item's icon, or null
     */
    RestoreList(TaskExecutor exec, Feedback fb, String listName, String restoreName, Function<T, String> title,
                Function<T, String> detail, Function<T, Icon> icon, Consumer<T> restore, Runnable close) {
        super(new BorderLayout(0, 8));
        this.exec = exec;
        this.fb = fb;
        list.setName(listName);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                super.getListCellRendererComponent(l, v, i, s, f);
                @SuppressWarnings("unchecked")
                T item = (T) v;
                setText("<html><b>" + Html.escape(title.apply(item)) + "</b>" + detail.apply(item) + "</html>");
                setIcon(icon.apply(item));
                return this;
            }
        });
        JButton restoreButton = new JButton("Restore");
        restoreButton.setName(restoreName);
        restoreButton.addActionListener(e -> {
            T item = list.getSelectedValue();
            if (item != null) {
                restore.accept(item);
            }
        });
        JButton closeButton = new JButton("Close");
        closeButton.addActionListener(e -> close.run());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(restoreButton);
        buttons.add(closeButton);
        setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        add(new JScrollPane(list), BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
    }

    /** Reads the items on the executor and shows them, the first selected. */
    void load(Callable<List<T>> read) {
        UiTasks.run(exec, read, (List<T> items) -> {
            model.clear();
            items.forEach(model::addElement);
            if (!model.isEmpty()) {
                list.setSelectedIndex(0);
            }
        }, fb);
    }

    /** Takes a restored item off the list. */
    void remove(T item) {
        model.removeElement(item);
    }
}
