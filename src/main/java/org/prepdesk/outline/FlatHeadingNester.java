package org.prepdesk.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.prepdesk.outline.Part.Heading;
import org.prepdesk.outline.Part.NotePart;

/**
 * Step 5 of the import: a heading with nothing indented below it ("Topic:" followed by lines at
 * its own column) takes the parts after it until the next heading at its column or left of it,
 * or a part left of it; when its first item follows it without a blank line, it ends at the
 * first blank line. A weak heading (a {@code Label: text} line) is a heading only when prose
 * follows it; else it stays the talking point it also is. Stateless.
 */
final class FlatHeadingNester {
    private FlatHeadingNester() {
    }

    static List<Part> nest(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        Deque<Heading> open = new ArrayDeque<>();
        Set<Heading> tight = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p instanceof Heading h && h.weak) {
                Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
                boolean prose = next instanceof NotePart n && n.prose() && n.col >= h.col;
                if (!prose) {
                    h.fallback.gapBefore = h.gapBefore;
                    p = h.fallback;
                }
            }
            while (!open.isEmpty() && p.gapBefore && tight.contains(open.peek())) {
                open.pop();
            }
            if (p instanceof Heading h) {
                while (!open.isEmpty() && open.peek().col >= h.col) {
                    open.pop();
                }
                target(open, out).add(h);
                if (h.flat && open.size() < BlockTreeBuilder.MAX_DEPTH) {
                    open.push(h);
                    if (i + 1 < parts.size() && !parts.get(i + 1).gapBefore) {
                        tight.add(h);
                    }
                }
            } else {
                while (!open.isEmpty() && open.peek().col > p.col) {
                    open.pop();
                }
                target(open, out).add(p);
            }
        }
        return out;
    }

    private static List<Part> target(Deque<Heading> open, List<Part> out) {
        return open.isEmpty() ? out : open.peek().content;
    }
}
