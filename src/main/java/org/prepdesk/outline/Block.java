package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank line placed in the indentation tree: its children are the lines indented deeper
 * below it. {@code col} is the effective column (a heading framed by divider lines counts at the
 * divider's column). Built and then only read by one thread.
 */
final class Block {
    final Line line;
    final int col;
    final boolean blankBefore;
    final boolean dividerBefore;
    final boolean framed;
    final List<Block> children = new ArrayList<>();

    Block(Line line, int col, boolean blankBefore, boolean dividerBefore, boolean framed) {
        this.line = line;
        this.col = col;
        this.blankBefore = blankBefore;
        this.dividerBefore = dividerBefore;
        this.framed = framed;
    }

    String text() {
        return line.text();
    }

    @Override
    public String toString() {
        return "Block[" + line.number() + "@" + col + " " + text() + " " + children + "]";
    }
}
