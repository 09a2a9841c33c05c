package org.prepdesk.outline;

/**
 * One normalised line of an outline: its 1-based number, the column its text starts at (tabs
 * expanded), and the text without indentation, trailing blanks or a list marker.
 * {@code level} is the Markdown heading level (1 for {@code #}) when {@code type} is HEADING.
 */
record Line(int number, int col, Type type, String text, int level, boolean bullet) {
    enum Type { BLANK, DIVIDER, HEADING, TEXT }

    boolean isBlank() {
        return type == Type.BLANK;
    }

    boolean isDivider() {
        return type == Type.DIVIDER;
    }

    boolean isHeading() {
        return type == Type.HEADING;
    }
}
