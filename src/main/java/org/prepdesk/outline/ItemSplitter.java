package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 3 of the import: sibling blocks to {@link Item}s. Lines without a blank line between
 * them stay one paragraph, except that a list bullet, a framed heading, a quoted label, a
 * question, an "Example N:" line, a STAR label, or a heading-like line with indented lines
 * below it always starts a new item, and a line with indented lines below it ends one. Stateless.
 */
final class ItemSplitter {
    private ItemSplitter() {
    }

    static List<Item> split(List<Block> siblings) {
        List<Item> items = new ArrayList<>();
        Item current = null;
        for (Block b : siblings) {
            boolean fresh = current == null || b.blankBefore || b.dividerBefore || b.framed || b.line.bullet()
                    || current.framed() || !current.children.isEmpty() || b.col != current.col()
                    || startsItem(b.text()) || !b.children.isEmpty() && opensBlock(b.text());
            if (fresh) {
                current = new Item(b);
                items.add(current);
            } else {
                current.join(b);
            }
        }
        return items;
    }

    /** A line with indented lines below that reads as a heading or label starts its own item. */
    private static boolean opensBlock(String text) {
        return Patterns.plainLabel(text) != null || Patterns.looksLikeHeading(text);
    }

    private static boolean startsItem(String text) {
        return Patterns.quotedLabel(text) != null || Patterns.isQuestion(text) || Patterns.storyTitle(text) != null
                || Patterns.starField(text) != null;
    }
}
