package org.prepdesk.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javax.swing.DropMode;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import javax.swing.tree.TreeSelectionModel;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceEvent;

/**
 * The left view: sections and their notes in tree order, with kind icons and note counts.
 * Rebuilt from the workspace's memory after structural changes; a plain save only repaints its
 * node, so typing in a 10,000-note workspace does not rebuild the tree. When the window opens, the
 * first tree may be built on another thread while the event thread builds the rest of the window
 * (10,000 nodes take a while in a fresh JVM); it is shown as soon as it arrives. EDT only.
 */
public final class SectionTreePanel extends JPanel {
    private final Workspace ws;
    private final JTree tree = new JTree(new DefaultTreeModel(new DefaultMutableTreeNode())) {
        @Override
        public void scrollRectToVisible(java.awt.Rectangle r) {
            // only scroll vertically: a long title must not push the start of every row out of view
            super.scrollRectToVisible(new java.awt.Rectangle(0, r.y, 1, r.height));
        }
    };
    private Map<String, DefaultMutableTreeNode> nodes = Map.of();
    private final Timer rebuildSoon = new Timer(120, e -> rebuild());
    private Consumer<Note> onOpen = n -> { };
    private boolean quiet; // true while rebuilding, so selection changes do not open notes
    private boolean filled; // the tree shows the workspace (false only until the first tree arrives)
    private final List<Runnable> whenFilled = new ArrayList<>();
    private String selectWhenFilled;
    private org.prepdesk.ui.rehearse.RehearsalMarks marks; // null until the window sets it

    /** A panel showing the workspace at once. */
    public SectionTreePanel(Workspace ws) {
        this(ws, null);
    }

    /**
     * A panel that shows {@code firstTree} when it arrives (built on another thread from the same
     * workspace, which nobody changes meanwhile); null, or a tree that failed, means build it here.
     */
    SectionTreePanel(Workspace ws, CompletionStage<TreeBuilder> firstTree) {
        super(new BorderLayout());
        this.ws = ws;
        tree.setName("sectionTree");
        tree.setRootVisible(false);
        tree.setShowsRootHandles(true);
        tree.getSelectionModel().setSelectionMode(TreeSelectionModel.SINGLE_TREE_SELECTION);
        tree.setCellRenderer(new Renderer());
        tree.setDragEnabled(true);
        tree.setDropMode(DropMode.ON_OR_INSERT);
        tree.setToggleClickCount(0);
        tree.addTreeSelectionListener(e -> {
            if (!quiet) {
                selectedNote().ifPresent(n -> onOpen.accept(n));
            }
        });
        rebuildSoon.setRepeats(false);
        add(new JScrollPane(tree), BorderLayout.CENTER);
        if (firstTree == null) {
            fill(new TreeBuilder(ws));
        } else {
            firstTree.whenComplete((b, ex) -> SwingUtilities.invokeLater(() -> fill(ex == null ? b : new TreeBuilder(ws))));
        }
    }

    /** Shows the first tree, opening the top rows, unless a rebuild already showed a newer one. */
    private void fill(TreeBuilder first) {
        if (!filled) {
            show(first, Set.of(), null);
            filled = true;
            for (int i = 0; i < tree.getRowCount() && i < 40; i++) {
                tree.expandRow(i);
            }
        }
        if (selectWhenFilled != null) {
            select(selectWhenFilled);
            selectWhenFilled = null;
        }
        whenFilled.forEach(Runnable::run);
        whenFilled.clear();
    }

    /** Runs {@code r} once the tree shows the workspace: now, or when the first tree arrives. */
    void whenFilled(Runnable r) {
        if (filled) {
            r.run();
        } else {
            whenFilled.add(r);
        }
    }

    public JTree tree() {
        return tree;
    }

    /** Called with a note when the user selects it in the tree. */
    public void onOpen(Consumer<Note> open) {
        this.onOpen = open;
    }

    /** Follows a workspace change (already on the EDT). */
    public void changed(WorkspaceEvent e) {
        if (e instanceof WorkspaceEvent.NoteSaved saved && updateInPlace(saved.note())) {
            return;
        }
        rebuildSoon.restart();
    }

    private boolean updateInPlace(Note n) {
        DefaultMutableTreeNode node = nodes.get(n.id());
        if (node == null || !(node.getUserObject() instanceof TreeItem.NoteItem old)
                || !old.note().sectionId().equals(n.sectionId()) || old.note().rank() != n.rank()) {
            return false;
        }
        node.setUserObject(new TreeItem.NoteItem(n));
        ((DefaultTreeModel) tree.getModel()).nodeChanged(node);
        return true;
    }

    /** Re-reads the whole tree, keeping what was expanded and selected. */
    public void rebuild() {
        rebuildSoon.stop();
        if (!filled) {
            fill(new TreeBuilder(ws)); // a change came before the first tree: this one is newer
            return;
        }
        Set<String> expanded = new HashSet<>();
        Enumeration<TreePath> open = tree.getExpandedDescendants(new TreePath(tree.getModel().getRoot()));
        while (open != null && open.hasMoreElements()) {
            Object last = ((DefaultMutableTreeNode) open.nextElement().getLastPathComponent()).getUserObject();
            if (last instanceof TreeItem item) {
                expanded.add(item.id());
            }
        }
        String selected = selectedItem().map(TreeItem::id).orElse(null);
        show(new TreeBuilder(ws), expanded, selected);
    }

    private void show(TreeBuilder b, Set<String> expanded, String selected) {
        quiet = true;
        try {
            tree.setModel(new DefaultTreeModel(b.root));
            nodes = b.nodes;
            for (String id : expanded) {
                DefaultMutableTreeNode n = nodes.get(id);
                if (n != null) {
                    tree.expandPath(new TreePath(n.getPath()));
                }
            }
            if (selected != null) {
                select(selected);
            }
        } finally {
            quiet = false;
        }
    }

    /** Selects and shows an item without opening it again. */
    public void select(String id) {
        if (!filled) {
            selectWhenFilled = id;
            return;
        }
        DefaultMutableTreeNode n = nodes.get(id);
        if (n == null) {
            return;
        }
        boolean was = quiet;
        quiet = true;
        try {
            TreePath p = new TreePath(n.getPath());
            tree.setSelectionPath(p);
            tree.scrollPathToVisible(p);
        } finally {
            quiet = was;
        }
    }

    public void expand(String sectionId) {
        DefaultMutableTreeNode n = nodes.get(sectionId);
        if (n != null) {
            tree.expandPath(new TreePath(n.getPath()));
        }
    }

    public Optional<TreeItem> selectedItem() {
        TreePath p = tree.getSelectionPath();
        if (p == null || !(((DefaultMutableTreeNode) p.getLastPathComponent()).getUserObject() instanceof TreeItem i)) {
            return Optional.empty();
        }
        return Optional.of(i);
    }

    public Optional<Note> selectedNote() {
        return selectedItem().filter(i -> i instanceof TreeItem.NoteItem).map(i -> ((TreeItem.NoteItem) i).note());
    }

    /** The selected section, or the section of the selected note. */
    public Optional<String> selectedSectionId() {
        return selectedItem().map(i -> i instanceof TreeItem.NoteItem n ? n.note().sectionId() : i.id());
    }

    /** The ids of the notes in the same section as {@code noteId}, in order. */
    List<String> siblingNotes(String sectionId) {
        List<String> out = new ArrayList<>();
        for (Note n : ws.notesIn(sectionId)) {
            out.add(n.id());
        }
        return out;
    }

    /** Adds the rehearsal mark (due, strength) to the icons of rehearsable notes. EDT only. */
    public void noteMarks(org.prepdesk.ui.rehearse.RehearsalMarks m) {
        marks = m;
        m.onChange(tree::repaint);
    }

    /** Paints a kind badge and, for sections, the count of notes beneath. */
    private final class Renderer extends DefaultTreeCellRenderer {
        @Override
        public Component getTreeCellRendererComponent(JTree tree, Object value, boolean sel, boolean expanded,
                                                      boolean leaf, int row, boolean hasFocus) {
            super.getTreeCellRendererComponent(tree, value, sel, expanded, leaf, row, hasFocus);
            Object o = ((DefaultMutableTreeNode) value).getUserObject();
            if (o instanceof TreeItem.SectionItem s) {
                setIcon(KindIcon.SECTION);
                setText(s.section().title() + "  (" + s.count() + ")");
            } else if (o instanceof TreeItem.NoteItem n) {
                Note note = n.note();
                setIcon(marks == null ? KindIcon.of(note.kind()) : marks.icon(KindIcon.of(note.kind()), note.id(), note.kind()));
                String mark = marks == null ? null : marks.describe(note.id(), note.kind());
                setToolTipText(note.kind().label() + (mark == null ? "" : " · " + mark));
            }
            return this;
        }
    }
}
