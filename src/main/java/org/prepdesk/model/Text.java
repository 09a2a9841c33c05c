package org.prepdesk.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Small text helpers shared by the records. */
public final class Text {
    private Text() {
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Trimmed, blank entries dropped, duplicates removed, order kept, unmodifiable. */
    public static List<String> cleanList(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                seen.add(v.strip());
            }
        }
        return List.copyOf(new ArrayList<>(seen));
    }

    /** Words as a reader counts them: runs of letters or digits; each CJK character counts as one. */
    public static int wordCount(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || cp == '\'' && inWord) {
                if (!inWord) {
                    count++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        return count;
    }

    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }
}
