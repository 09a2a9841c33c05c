package org.prepdesk.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.ListSelectionModel;
import org.prepdesk.history.History;
import org.prepdesk.history.NoteDiff;
import org.prepdesk.history.Version;
import org.prepdesk.model.Note;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * The History view of one note: its versions newest first, an inline diff of the selected version
 * against the one before it, and Restore, which saves that version as the note's newest (so it can be
 * undone the same way). Versions and diffs are read on the task executor. EDT only.
 */
final class NoteHistoryDialog extends JDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final Workspace ws;
    private final TaskExecutor exec;
    private final Feedback fb;
    private final History history;
    private final Note note;
    private final Runnable commit;
    private final DefaultListModel<Version> model = new DefaultListModel<>();
    private final JList<Version> list = new JList<>(model);
    private final JEditorPane diff = new JEditorPane("text/html", "");

    NoteHistoryDialog(Window owner, Workspace ws, TaskExecutor exec, Feedback fb, History history, Note note,
                      Runnable commit) {
        super(owner, "History — " + note.title(), ModalityType.MODELESS);
        this.ws = ws;
        this.exec = exec;
        this.fb = fb;
        this.history = history;
        this.note = note;
        this.commit = commit;
        setName("historyDialog");
        list.setName("versionList");
        diff.setName("versionDiff");
        diff.setEditable(false);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                super.getListCellRendererComponent(l, v, i, s, f);
                Version ver = (Version) v;
                // grey on the selection's blue cannot be read: the selected row keeps the list's colours
                setText("<html><b>" + WHEN.format(ver.time()) + "</b><br>" + (s ? "" : "<span style='color:gray'>")
                        + Html.escape(ver.message()) + (s ? "" : "</span>") + "</html>");
                return this;
            }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showDiff();
            }
        });
        JButton restore = new JButton("Restore this version");
        restore.setName("restoreVersionButton");
        restore.addActionListener(e -> restoreSelected());
        JButton close = new JButton("Close");
        close.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(restore);
        buttons.add(close);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(list), new JScrollPane(diff));
        split.setDividerLocation(260);
        JPanel p = new JPanel(new BorderLayout(0, 8));
        p.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        p.add(split, BorderLayout.CENTER);
        p.add(buttons, BorderLayout.SOUTH);
        setContentPane(p);
        setSize(820, 520);
        setLocationRelativeTo(owner);
    }

    void open() {
        refresh();
        setVisible(true);
    }

    private void refresh() {
        UiTasks.run(exec, () -> history.versions(note.id()), (List<Version> versions) -> {
            model.clear();
            versions.forEach(model::addElement);
            if (!model.isEmpty()) {
                list.setSelectedIndex(0);
            } else {
                diff.setText("<html><i>No version of this note has been committed yet.</i></html>");
            }
        }, fb);
    }

    private void showDiff() {
        int i = list.getSelectedIndex();
        if (i < 0) {
            return;
        }
        String newer = model.get(i).version();
        String older = i + 1 < model.size() ? model.get(i + 1).version() : null;
        UiTasks.run(exec, () -> older == null
                ? NoteDiff.between(history.noteAt(newer, note.id()), history.noteAt(newer, note.id()))
                : history.diff(note.id(), older, newer), lines -> diff.setText(html(lines)), fb);
    }

    private static String html(List<NoteDiff.Line> lines) {
        StringBuilder sb = new StringBuilder("<html><body style='font-family:sans-serif'>");
        for (NoteDiff.Line l : lines) {
            String text = l.text().isEmpty() ? "&nbsp;" : Html.escape(l.text());
            switch (l.op()) {
                case ADDED -> sb.append("<div style='background:#d9f5d9;color:#0b4d0b'>+ ").append(text).append("</div>");
                case REMOVED -> sb.append("<div style='background:#f9dada;color:#6b0b0b'>− ").append(text).append("</div>");
                default -> sb.append("<div>&nbsp;&nbsp;").append(text).append("</div>");
            }
        }
        return sb.append("</body></html>").toString();
    }

    private void restoreSelected() {
        Version v = list.getSelectedValue();
        if (v == null) {
            return;
        }
        UiTasks.run(exec, () -> history.restore(ws, v.version(), note.id()), n -> {
            fb.info("Restored the version of " + WHEN.format(v.time()));
            commit.run();
            exec.run(() -> { }).whenComplete((x, ex) -> UiTasks.onEdt(this::refresh));
        }, fb);
    }
}
