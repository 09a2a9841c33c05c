package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 1 of the import: text to {@link Line}s. Handles CRLF and lone CR, tabs (stops every 4
 * columns), trailing blanks, non-breaking and zero-width spaces, and curly double quotes, which
 * become straight ones (writers mix “ ” and even “…“, so only the straight form is matched later).
 * Recognises divider lines ({@code #####}, {@code =====}, {@code -----}), Markdown headings and
 * list markers; inside a fenced code block every line is plain text. Stateless.
 */
final class LineNormalizer {
    static final int TAB = 4;
    private static final Pattern DIVIDER = Pattern.compile("([#=\\-*_~+])\\1{2,}");
    private static final Pattern HEADING = Pattern.compile("(#{1,12})[ \\t]+(.*)");
    private static final Pattern BULLET = Pattern.compile("(?:[-*+\u2022\u00B7\u25AA\u25E6\u2013]|\\d{1,3}[.)])[ \\t]+(\\S.*)");

    private LineNormalizer() {
    }

    /** The text's lines as written, one per {@link Line} that {@link #lines} makes (same index). */
    static String[] rawLines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    static List<Line> lines(String text) {
        String[] raw = rawLines(text);
        List<Line> out = new ArrayList<>(raw.length);
        boolean inFence = false;
        for (int i = 0; i < raw.length; i++) {
            String s = clean(raw[i]);
            int col = 0;
            int at = 0;
            while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\t')) {
                col = s.charAt(at) == '\t' ? (col / TAB + 1) * TAB : col + 1;
                at++;
            }
            String body = s.substring(at).stripTrailing();
            int number = i + 1;
            if (body.isEmpty()) {
                out.add(new Line(number, col, Line.Type.BLANK, "", 0, false));
                continue;
            }
            if (body.startsWith("```") || body.startsWith("~~~")) {
                inFence = !inFence;
                out.add(new Line(number, col, Line.Type.TEXT, body, 0, false));
                continue;
            }
            if (inFence) {
                out.add(new Line(number, col, Line.Type.TEXT, body, 0, false));
                continue;
            }
            if (DIVIDER.matcher(body).matches() || body.chars().allMatch(c -> c == '#' || c == ' ') && body.length() >= 3) {
                out.add(new Line(number, col, Line.Type.DIVIDER, body, 0, false));
                continue;
            }
            Matcher h = HEADING.matcher(body);
            String title = h.matches() ? withoutClosingHashes(h.group(2)) : "";
            if (!title.isEmpty()) {
                out.add(new Line(number, col, Line.Type.HEADING, title, h.group(1).length(), false));
                continue;
            }
            Matcher b = BULLET.matcher(body);
            if (b.matches()) {
                out.add(new Line(number, col, Line.Type.TEXT, b.group(1).strip(), 0, true));
                continue;
            }
            out.add(new Line(number, col, Line.Type.TEXT, body, 0, false));
        }
        return out;
    }

    /** "Title ###" → "Title": closing hashes count only after a blank (so "C#" stays). */
    private static String withoutClosingHashes(String s) {
        String t = s.strip();
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '#') {
            end--;
        }
        if (end < t.length() && (end == 0 || t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '\t')) {
            t = t.substring(0, end).strip();
        }
        return t;
    }

    /** Quotes made straight, odd spaces made plain, invisible characters dropped. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02' -> b.append('"');
                case '\u00A0', '\u2007', '\u202F', '\u3000', '\u000B', '\u000C' -> b.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { }
                default -> {
                    if (c < 0x20 && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
