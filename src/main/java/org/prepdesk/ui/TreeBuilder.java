package org.prepdesk.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.tree.DefaultMutableTreeNode;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;

/**
 * Builds the tree nodes from the workspace's memory (no disk). The nodes belong to no tree until a
 * {@link SectionTreePanel} shows them, so this may run on any thread; the panel takes them on the EDT.
 */
final class TreeBuilder {
    final DefaultMutableTreeNode root = new DefaultMutableTreeNode("workspace");
    final Map<String, DefaultMutableTreeNode> nodes = new HashMap<>();

    TreeBuilder(Workspace ws) {
        List<Section> sections = ws.sectionsInTreeOrder();
        Map<String, List<Note>> notesBySection = new HashMap<>();
        for (Note n : ws.notesInTreeOrder()) {
            notesBySection.computeIfAbsent(n.sectionId(), k -> new java.util.ArrayList<>()).add(n);
        }
        Map<String, List<Section>> children = new HashMap<>();
        for (Section s : sections) {
            children.computeIfAbsent(s.parentId(), k -> new java.util.ArrayList<>()).add(s);
        }
        add(root, null, children, notesBySection);
    }

    private int add(DefaultMutableTreeNode parent, String parentId, Map<String, List<Section>> children,
                    Map<String, List<Note>> notesBySection) {
        int total = 0;
        for (Section s : children.getOrDefault(parentId, List.of())) {
            DefaultMutableTreeNode node = new DefaultMutableTreeNode();
            int count = add(node, s.id(), children, notesBySection);
            for (Note n : notesBySection.getOrDefault(s.id(), List.of())) {
                DefaultMutableTreeNode leaf = new DefaultMutableTreeNode(new TreeItem.NoteItem(n), false);
                node.add(leaf);
                nodes.put(n.id(), leaf);
                count++;
            }
            node.setUserObject(new TreeItem.SectionItem(s, count));
            parent.add(node);
            nodes.put(s.id(), node);
            total += count;
        }
        return total;
    }
}
