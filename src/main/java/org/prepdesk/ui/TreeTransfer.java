package org.prepdesk.ui;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import javax.swing.JComponent;
import javax.swing.JTree;
import javax.swing.TransferHandler;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.TreePath;

/**
 * Drag and drop inside the tree: a note onto a section (end) or between notes (that place); a
 * section onto another section (inside it, at the end) or between sections. The move itself goes
 * through {@link TreeCommands}. EDT only.
 */
final class TreeTransfer extends TransferHandler {
    private static final String PREFIX = "prepdesk-item:";
    private final TreeCommands commands;

    TreeTransfer(TreeCommands commands) {
        this.commands = commands;
    }

    @Override
    public int getSourceActions(JComponent c) {
        return MOVE;
    }

    @Override
    protected Transferable createTransferable(JComponent c) {
        TreePath p = ((JTree) c).getSelectionPath();
        if (p == null || !(((DefaultMutableTreeNode) p.getLastPathComponent()).getUserObject() instanceof TreeItem i)) {
            return null;
        }
        return new StringSelection(PREFIX + i.id());
    }

    @Override
    public boolean canImport(TransferSupport s) {
        return s.isDrop() && s.isDataFlavorSupported(DataFlavor.stringFlavor);
    }

    @Override
    public boolean importData(TransferSupport s) {
        if (!canImport(s)) {
            return false;
        }
        String id;
        try {
            String data = (String) s.getTransferable().getTransferData(DataFlavor.stringFlavor);
            if (!data.startsWith(PREFIX)) {
                return false;
            }
            id = data.substring(PREFIX.length());
        } catch (Exception e) {
            return false;
        }
        JTree.DropLocation loc = (JTree.DropLocation) s.getDropLocation();
        TreePath path = loc.getPath();
        if (path == null) {
            return false;
        }
        DefaultMutableTreeNode target = (DefaultMutableTreeNode) path.getLastPathComponent();
        Object o = target.getUserObject();
        boolean dragsNote = commands.isNote(id);
        int childIndex = loc.getChildIndex();
        if (o instanceof TreeItem.NoteItem n) {
            if (!dragsNote) {
                return false;
            }
            DefaultMutableTreeNode parent = (DefaultMutableTreeNode) target.getParent();
            commands.move(id, n.note().sectionId(), noteIndex(parent, parent.getIndex(target)));
            return true;
        }
        if (!(o instanceof TreeItem.SectionItem sec)) {
            if (!dragsNote && childIndex >= 0) { // between top-level sections
                commands.moveSection(id, null, childIndex);
                return true;
            }
            return false;
        }
        if (dragsNote) {
            commands.move(id, sec.id(), childIndex < 0 ? Integer.MAX_VALUE : noteIndex(target, childIndex));
        } else if (!sec.id().equals(id)) {
            commands.moveSection(id, sec.id(), childIndex < 0 ? Integer.MAX_VALUE : childIndex);
        }
        return true;
    }

    /** The index among a section's notes of a child position that also counts subsections. */
    private static int noteIndex(DefaultMutableTreeNode section, int childIndex) {
        int notesBefore = 0;
        for (int i = 0; i < Math.min(childIndex, section.getChildCount()); i++) {
            if (((DefaultMutableTreeNode) section.getChildAt(i)).getUserObject() instanceof TreeItem.NoteItem) {
                notesBefore++;
            }
        }
        return notesBefore;
    }
}
