package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph-sized unit among siblings: a head line, the lines joined to it (no blank line
 * between), and the blocks indented below any of them. The unit the classifier looks at.
 */
final class Item {
    final Block head;
    final List<Block> continuation = new ArrayList<>();
    final List<Block> children = new ArrayList<>();

    Item(Block head) {
        this.head = head;
        children.addAll(head.children);
    }

    void join(Block b) {
        continuation.add(b);
        children.addAll(b.children);
    }

    String text() {
        return head.text();
    }

    int col() {
        return head.col;
    }

    boolean framed() {
        return head.framed;
    }

    /** Head and continuation texts, one per line. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(head.text());
        continuation.forEach(b -> out.add(b.text()));
        return out;
    }

    @Override
    public String toString() {
        return "Item[" + lines() + " children=" + children.size() + "]";
    }
}
