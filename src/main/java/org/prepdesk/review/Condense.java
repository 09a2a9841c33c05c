package org.prepdesk.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.prepdesk.model.Text;

/**
 * Turns free text into one printable line: Markdown marks removed, whitespace collapsed, and long
 * text shortened on a word boundary with an ellipsis. Widths count a CJK character as two, since it
 * takes about twice the room of a Latin letter on the page. Stateless and thread-safe.
 */
public final class Condense {
    /** Width of a STAR line: about one printed line at the sheet's font size. */
    public static final int STAR_WIDTH = 100;
    /** Width of a talking point's or a note's sentence. */
    public static final int SENTENCE_WIDTH = 170;
    /** Width of a title, a question or an ask. */
    public static final int TITLE_WIDTH = 140;

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINE_MARK = Pattern.compile("(?m)^\\s{0,3}(?:#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern NEXT_LIST_ITEM = Pattern.compile("\\n\\s{0,3}(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`+|~~)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=[\"'”’)\\]]*(\\s|$))|[。！？]");

    private Condense() {
    }

    /** Plain text of a Markdown fragment on one line. */
    public static String plain(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String s = LINK.matcher(markdown).replaceAll("$1");
        // list items kept apart on one line: "38 warehouses · 2.1 M SKUs", not "38 warehouses 2.1 M SKUs"
        s = NEXT_LIST_ITEM.matcher(s.strip()).replaceAll(" · ");
        s = LINE_MARK.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** {@link #plain} shortened to {@code width} (see the class comment). */
    public static String line(String markdown, int width) {
        return shorten(plain(markdown), width);
    }

    /** The first sentence of a body (or its first paragraph when no sentence ends), as one line. */
    public static String firstSentence(String body, int width) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String paragraph = body.strip().split("\\n\\s*\\n", 2)[0];
        String text = plain(paragraph);
        text = stripWrappingQuote(text);
        Matcher m = SENTENCE_END.matcher(text);
        if (m.find()) {
            text = text.substring(0, m.end());
        }
        return shorten(stripWrappingQuote(text), width);
    }

    /** Cuts text wider than {@code width} at the last space that fits, and adds "…". */
    public static String shorten(String text, int width) {
        if (width(text) <= width) {
            return text;
        }
        int budget = width - 1;
        int used = 0;
        int cut = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = Text.isCjk(cp) ? 2 : 1;
            if (used + w > budget) {
                break;
            }
            used += w;
            if (Character.isWhitespace(cp)) {
                lastSpace = i;
            }
            i += Character.charCount(cp);
            cut = i;
        }
        // A word boundary far back would waste half the line; CJK text has none, so cut there.
        int end = lastSpace > cut / 2 ? lastSpace : cut;
        String head = text.substring(0, end).stripTrailing();
        while (!head.isEmpty() && ",;:-–—(".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + "…";
    }

    /** Display width: CJK characters count two. */
    public static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += Text.isCjk(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static String stripWrappingQuote(String s) {
        String t = s.strip();
        if (!t.isEmpty() && "\"“”'‘".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1);
        }
        if (!t.isEmpty() && "\"“”".indexOf(t.charAt(t.length() - 1)) >= 0 && !containsQuote(t.substring(0, t.length() - 1))) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }

    private static boolean containsQuote(String s) {
        return s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('”') >= 0;
    }
}
