package org.prepdesk.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts user text into CommonMark so that it reads back as the same text, with a backslash only
 * where a CommonMark reader would otherwise see markup: emphasis a {@code *} or {@code _} could
 * open or close, a tag or autolink after {@code <}, a link after {@code ]}, an entity after
 * {@code &}, a backslash escape, a code span; and, at the start of a paragraph, a heading, quote,
 * list, rule, fence or link definition; at the end of a heading, a closing {@code #} run. People read
 * the Markdown sheet as plain text, so {@code 6 h -> 4 min} stays as it is. Line breaks and tabs
 * become spaces, control characters and lone surrogates are dropped, and the text is stripped.
 * Stateless and thread-safe.
 */
final class MarkdownEscaper {
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
    private static final Pattern BLOCK_START = Pattern.compile("#{1,6}(\\s|$)|>|[-+](\\s|$)|-(\\s*-){2,}\\s*$|~{3}|\\[[^\\]]*\\]:");
    private static final Pattern ORDERED_START = Pattern.compile("(\\d{1,9})([.)])(\\s|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("(^|\\s)(#+)$");
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private MarkdownEscaper() {
    }

    /** Text inside a line: after a bullet, inside {@code **…**}, after other text. */
    static String inline(String s) {
        String t = clean(s);
        StringBuilder b = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (needsBackslash(t, i)) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Text that opens a paragraph, where block markup starts. */
    static String paragraph(String s) {
        String t = inline(s);
        if (BLOCK_START.matcher(t).lookingAt()) {
            return "\\" + t;
        }
        Matcher m = ORDERED_START.matcher(t);
        if (m.lookingAt()) {
            return m.group(1) + "\\" + t.substring(m.end(1));
        }
        return t;
    }

    /** Text after {@code # } of a heading, where a trailing run of {@code #} would be dropped as its closing. */
    static String heading(String s) {
        String t = inline(s);
        Matcher m = CLOSING_HASHES.matcher(t);
        return m.find() ? t.substring(0, m.start(2)) + "\\" + t.substring(m.start(2)) : t;
    }

    private static boolean needsBackslash(String t, int i) {
        char c = t.charAt(i);
        return switch (c) {
            case '\\' -> i + 1 == t.length() || ASCII_PUNCTUATION.indexOf(t.charAt(i + 1)) >= 0;
            // a lone backtick may pair with one in the next piece of text on the same line
            case '`' -> true;
            case '*' -> canDelimit(t, i, false);
            case '_' -> canDelimit(t, i, true);
            case '<' -> i + 1 < t.length() && isTagStart(t.charAt(i + 1));
            // "[x]" alone is text; only "](" or "][" (or the end, before unknown text) makes a link
            case ']' -> i + 1 == t.length() || t.charAt(i + 1) == '(' || t.charAt(i + 1) == '[';
            case '&' -> ENTITY.matcher(t).region(i, t.length()).lookingAt();
            default -> false;
        };
    }

    private static boolean isTagStart(char c) {
        return c < 128 && Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /**
     * Whether the run of {@code c} at {@code i} could open or close emphasis. Only a run with
     * white space on both sides cannot, and for {@code _} also one inside a word ("snake_case");
     * a run at either end of the text meets text we do not see, so it is escaped.
     */
    private static boolean canDelimit(String t, int i, boolean underscore) {
        char c = t.charAt(i);
        int start = i;
        while (start > 0 && t.charAt(start - 1) == c) {
            start--;
        }
        int end = i;
        while (end + 1 < t.length() && t.charAt(end + 1) == c) {
            end++;
        }
        if (start == 0 || end + 1 == t.length()) {
            return true;
        }
        char before = t.charAt(start - 1);
        char after = t.charAt(end + 1);
        if (Character.isWhitespace(before) && Character.isWhitespace(after)) {
            return false;
        }
        return !(underscore && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after));
    }

    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (!Character.isISOControl(c) && !Character.isSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString().strip();
    }
}
