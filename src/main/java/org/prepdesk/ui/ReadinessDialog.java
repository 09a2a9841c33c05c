package org.prepdesk.ui;

import java.awt.BorderLayout;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.review.CoverageMatrix;
import org.prepdesk.review.StarCheck;
import org.prepdesk.review.StarFinding;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * The Readiness view: the coverage matrix (competencies × stories, gaps tinted) above the STAR
 * check's findings for every story. Clicking an empty cell links that story to the competency,
 * clicking a dot or a story's header opens the story, double-clicking a competency opens it. The
 * matrix and findings are computed on the task executor and shown on the EDT; they follow changes
 * to the workspace while the view is open. EDT only.
 */
public final class ReadinessDialog extends JDialog {
    private static final String ALL = "All notes";
    private final Workspace ws;
    private final TaskExecutor exec;
    private final Feedback fb;
    private final Consumer<String> open;
    private final ReadinessMatrixModel model = new ReadinessMatrixModel();
    private final JTable table = new JTable(model);
    private final DefaultListModel<StarFinding> findings = new DefaultListModel<>();
    private final JList<StarFinding> findingList = new JList<>(findings);
    private final JLabel summary = new JLabel(" ");
    private final JComboBox<String> scope = new JComboBox<>();
    private boolean refreshQueued; // EDT only

    record Snapshot(CoverageMatrix matrix, List<StarFinding> findings, List<String> tags) {
    }

    public ReadinessDialog(Window owner, Workspace ws, TaskExecutor exec, Feedback fb,
                           Consumer<String> open) {
        super(owner, "Readiness", ModalityType.MODELESS);
        this.ws = ws;
        this.exec = exec;
        this.fb = fb;
        this.open = open;
        setName("readinessDialog");
        table.setName("readinessMatrix");
        table.setDefaultRenderer(Object.class, new ReadinessMatrixRenderer(model));
        table.setDefaultRenderer(Boolean.class, new ReadinessMatrixRenderer(model));
        table.setDefaultRenderer(String.class, new ReadinessMatrixRenderer(model));
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        table.setRowHeight(table.getRowHeight() + 8);
        table.setCellSelectionEnabled(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getTableHeader().setReorderingAllowed(false);
        table.getTableHeader().addMouseMotionListener(new java.awt.event.MouseMotionAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                Note story = model.story(table.columnAtPoint(e.getPoint()));
                table.getTableHeader().setToolTipText(story == null ? null : story.title() + ": click to open");
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                cellClicked(table.rowAtPoint(e.getPoint()), table.columnAtPoint(e.getPoint()), e);
            }

            @Override
            public void mousePressed(MouseEvent e) {
                maybeUnlinkMenu(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                maybeUnlinkMenu(e);
            }
        });
        table.getTableHeader().addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                Note story = model.story(table.columnAtPoint(e.getPoint()));
                if (story != null) {
                    open.accept(story.id());
                }
            }
        });
        findingList.setName("readinessFindings");
        findingList.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                super.getListCellRendererComponent(l, v, i, s, f);
                StarFinding x = (StarFinding) v;
                setText("<html><b>" + Html.escape(x.title()) + "</b> · " + x.rule().id() + ": " + Html.escape(x.message()) + "</html>");
                return this;
            }
        });
        findingList.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                StarFinding f = findingList.getSelectedValue();
                if (e.getClickCount() == 2 && f != null) {
                    open.accept(f.noteId());
                }
            }
        });
        scope.setName("readinessScope");
        scope.addItem(ALL);
        scope.addActionListener(e -> refresh());
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.setBorder(BorderFactory.createEmptyBorder(8, 10, 6, 10));
        summary.setName("readinessSummary");
        top.add(summary, BorderLayout.CENTER);
        JPanel scopePanel = new JPanel(new BorderLayout(4, 0));
        scopePanel.add(new JLabel("Tag"), BorderLayout.WEST);
        scopePanel.add(scope, BorderLayout.CENTER);
        top.add(scopePanel, BorderLayout.EAST);
        JPanel lower = new JPanel(new BorderLayout(0, 4));
        lower.add(new JLabel("STAR check (double-click to open the story)"), BorderLayout.NORTH);
        lower.add(new JScrollPane(findingList), BorderLayout.CENTER);
        lower.setBorder(BorderFactory.createEmptyBorder(4, 10, 10, 10));
        JScrollPane matrixScroll = new JScrollPane(table);
        matrixScroll.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createEmptyBorder(0, 10, 0, 10),
                matrixScroll.getBorder()));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, matrixScroll, lower);
        split.setResizeWeight(0.6);
        split.setBorder(null);
        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.NORTH);
        content.add(split, BorderLayout.CENTER);
        setContentPane(content);
        setSize(980, 600);
        setLocationRelativeTo(owner);
        ws.addListener(e -> SwingUtilities.invokeLater(this::refreshIfShown));
    }

    public void open() {
        refresh();
        setVisible(true);
    }

    public JTable matrix() {
        return table;
    }

    /** A burst of workspace events (an import) gives one refresh, not one per note. */
    private void refreshIfShown() {
        if (isVisible() && !refreshQueued) {
            refreshQueued = true;
            SwingUtilities.invokeLater(() -> {
                refreshQueued = false;
                refresh();
            });
        }
    }

    /** Reads the matrix and the findings on the task executor, shows them here. */
    public void refresh() {
        String tag = (String) scope.getSelectedItem();
        List<String> tags = tag == null || tag.equals(ALL) ? List.of() : List.of(tag);
        UiTasks.run(exec, () -> {
            List<Note> notes = ws.notesInTreeOrder();
            StarCheck check = new StarCheck();
            CoverageMatrix m = CoverageMatrix.of(notes, tags);
            List<StarFinding> found = new ArrayList<>();
            m.stories().forEach(s -> found.addAll(check.check(s)));
            return new Snapshot(m, found, ws.allTags());
        }, this::show, fb);
    }

    private void show(Snapshot s) {
        model.show(s.matrix());
        for (int c = 0; c < table.getColumnCount(); c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(c == 0 ? 210 : c == 1 ? 90 : 150);
        }
        findings.clear();
        s.findings().forEach(findings::addElement);
        CoverageMatrix m = s.matrix();
        summary.setText(m.rows().isEmpty() ? "No competencies yet: add a note of kind Competency for each thing they assess."
                : m.rows().size() + " competencies · " + m.gapCount() + (m.gapCount() == 1 ? " gap" : " gaps")
                + " (fewer than " + CoverageMatrix.STORIES_NEEDED + " stories) · " + m.unlinkedStories().size()
                + " stories show none · " + s.findings().size() + (s.findings().size() == 1 ? " STAR finding" : " STAR findings"));
        List<String> tags = s.tags();
        if (scope.getItemCount() != tags.size() + 1) {
            Object chosen = scope.getSelectedItem();
            java.awt.event.ActionListener[] ls = scope.getActionListeners();
            for (var l : ls) {
                scope.removeActionListener(l);
            }
            scope.removeAllItems();
            scope.addItem(ALL);
            tags.forEach(scope::addItem);
            scope.setSelectedItem(chosen);
            for (var l : ls) {
                scope.addActionListener(l);
            }
        }
    }

    private void cellClicked(int row, int column, MouseEvent e) {
        if (row < 0 || column < 0 || !SwingUtilities.isLeftMouseButton(e)) {
            return;
        }
        CoverageMatrix.Row r = model.row(table.convertRowIndexToModel(row));
        Note story = model.story(column);
        if (story == null) {
            if (column == 0 && e.getClickCount() == 2) {
                open.accept(r.competency().id());
            }
            return;
        }
        if (r.shownBy(story)) {
            open.accept(story.id());
        } else {
            setLink(story.id(), r.competency().id(), true);
        }
    }

    private void maybeUnlinkMenu(MouseEvent e) {
        if (!e.isPopupTrigger()) {
            return;
        }
        int row = table.rowAtPoint(e.getPoint());
        Note story = model.story(table.columnAtPoint(e.getPoint()));
        if (row < 0 || story == null || !model.row(row).shownBy(story)) {
            return;
        }
        CoverageMatrix.Row r = model.row(row);
        JPopupMenu menu = new JPopupMenu();
        JMenuItem unlink = new JMenuItem("Unlink " + story.title() + " from " + r.competency().title());
        unlink.addActionListener(a -> setLink(story.id(), r.competency().id(), false));
        menu.add(unlink);
        menu.show(table, e.getX(), e.getY());
    }

    /** Adds or removes the competency among the story's links, on the task executor. */
    void setLink(String storyId, String competencyId, boolean linked) {
        UiTasks.run(exec, () -> {
            Note s = ws.note(storyId).orElseThrow(() -> new IllegalStateException("the story is gone"));
            List<String> links = new ArrayList<>(s.links());
            links.remove(competencyId);
            if (linked) {
                links.add(competencyId);
            }
            ws.updateNote(s.withLinks(links));
            Note c = ws.note(competencyId).orElse(null);
            return (linked ? "Linked " : "Unlinked ") + s.title() + (linked ? " to " : " from ")
                    + (c == null || c.kind() != Kind.COMPETENCY ? "the competency" : c.title());
        }, message -> {
            fb.info(message);
            refresh();
        }, fb);
    }
}
