package org.prepdesk.outline;

/** Note titles made from text: short enough to scan, with the full text kept in the body. Stateless. */
final class Titles {
    static final int MAX = 80;

    private Titles() {
    }

    /** A title for {@code text}: its first line, or first sentence, or its first words and "…". */
    static String of(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        String first = (nl < 0 ? t : t.substring(0, nl)).strip();
        first = first.replaceFirst("^[-*+]\\s+", "");
        if (first.length() <= MAX) {
            return first;
        }
        int end = sentenceEnd(first);
        if (end > 15 && end <= MAX) {
            return first.substring(0, end).strip();
        }
        int cut = first.lastIndexOf(' ', MAX - 2);
        if (cut < 20) {
            cut = first.offsetByCodePoints(0, Math.min(first.codePointCount(0, first.length()), MAX - 2));
        }
        return first.substring(0, cut).strip() + "\u2026";
    }

    /** True when the title alone does not hold all of the text, so the body must. */
    static boolean needsBody(String text, String title) {
        return !text.strip().equals(title);
    }

    private static int sentenceEnd(String s) {
        for (int i = 0; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ' || c == '\u3002' || c == '\uFF1F' || c == '\uFF01') {
                return i + 1;
            }
        }
        return -1;
    }
}
