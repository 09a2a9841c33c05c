package org.prepdesk.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Step 2 of the import: lines to an indentation tree of {@link Block}s. A divider line closes the
 * blocks at or right of its column (what follows it starts afresh), except the divider that closes
 * a frame ({@code ###} / heading / {@code ###}): the framed heading stays open for what follows.
 * Nesting stops at {@link #MAX_DEPTH} levels.
 * Stateless.
 */
final class BlockTreeBuilder {
    /** Deeper indentation than this is read as this deep: no outline needs more, and recursion stays shallow. */
    static final int MAX_DEPTH = 48;

    private BlockTreeBuilder() {
    }

    /** The top-level blocks of {@code lines}, which hold no Markdown heading lines. */
    static List<Block> build(List<Line> lines) {
        List<Block> roots = new ArrayList<>();
        Deque<Block> open = new ArrayDeque<>();
        boolean blank = false;
        Line divider = null;
        Block lastFramed = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isBlank()) {
                blank = true;
                continue;
            }
            if (l.isDivider()) {
                boolean closesFrame = lastFramed != null && i > 0 && lines.get(i - 1).number() == lastFramed.line.number();
                if (!closesFrame) {
                    while (!open.isEmpty() && open.peek().col >= l.col()) {
                        open.pop();
                    }
                    divider = l;
                }
                lastFramed = null;
                continue;
            }
            boolean framed = i > 0 && i + 1 < lines.size() && lines.get(i - 1).isDivider() && lines.get(i + 1).isDivider();
            int col = framed ? Math.min(l.col(), lines.get(i - 1).col()) : l.col();
            if (framed) {
                while (!open.isEmpty() && open.peek().col >= col) {
                    open.pop();
                }
            }
            Block b = new Block(l, col, blank, divider != null, framed);
            while (!open.isEmpty() && (open.peek().col >= col || open.size() >= MAX_DEPTH)) {
                open.pop();
            }
            if (open.isEmpty()) {
                roots.add(b);
            } else {
                open.peek().children.add(b);
            }
            open.push(b);
            lastFramed = framed ? b : null;
            blank = false;
            divider = null;
        }
        return roots;
    }
}
