package org.prepdesk.review;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the STAR check needs to know about a piece of English or Chinese (or mixed) text: how many
 * words it is when said aloud, whether it holds a number, and how often it says "we" and "I".
 * For CJK text two characters count as one spoken word (a Mandarin word is about two characters).
 * Stateless and thread-safe.
 */
final class SpokenText {
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{L}\\p{N}]+(['’-][\\p{L}\\p{N}]+)*");
    private static final Set<String> NUMBER_WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen",
            "dozens", "half", "halved", "double", "doubled", "twice", "triple", "tripled", "quadrupled", "percent");
    private static final Set<String> WE = Set.of("we", "we're", "we've", "we'd", "we'll", "our", "ours", "ourselves");
    private static final Set<String> I = Set.of("i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself");
    private static final String CN_DIGIT = "零一二两三四五六七八九十百千万亿";
    private static final String CN_UNIT = "(倍|个|次|天|周|月|年|人|位|名|项|台|家|条|成|分|秒|元|块|小时|分钟|毫秒)";
    /** A Chinese number with a unit ("三个月", "两倍", "一半"); a lone 一 before a classifier is "a", not a number. */
    private static final Pattern CN_NUMBER = Pattern.compile("百分之|翻倍|翻番|一半|一倍"
            + "|([" + CN_DIGIT.substring(1).replace("一", "") + "零][" + CN_DIGIT + "]*|一[" + CN_DIGIT + "]+)" + CN_UNIT
            + "|一(天|周|年|小时|分钟|秒|成)");

    private SpokenText() {
    }

    static int words(String text) {
        int latin = 0;
        Matcher m = LATIN_WORD.matcher(withoutCjk(text));
        while (m.find()) {
            latin++;
        }
        return latin + (cjkChars(text) + 1) / 2;
    }

    static boolean hasNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '%' || c == '％') {
                return true;
            }
        }
        if (CN_NUMBER.matcher(text).find()) {
            return true;
        }
        Matcher m = LATIN_WORD.matcher(withoutCjk(text));
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (NUMBER_WORDS.contains(w) || w.endsWith("fold") && w.length() > 4) {
                return true;
            }
        }
        return false;
    }

    /** How often the text says "we" (we, our, 我们, 咱们). */
    static int weCount(String text) {
        return count(text, WE) + occurrences(text, "我们") + occurrences(text, "咱们");
    }

    /** How often the text says "I" (I, me, my, 我 not followed by 们). */
    static int iCount(String text) {
        return count(text, I) + occurrences(text, "我") - occurrences(text, "我们");
    }

    private static int count(String text, Set<String> words) {
        int n = 0;
        Matcher m = LATIN_WORD.matcher(withoutCjk(text));
        while (m.find()) {
            if (words.contains(m.group().toLowerCase(Locale.ROOT).replace('’', '\''))) {
                n++;
            }
        }
        return n;
    }

    private static int occurrences(String text, String s) {
        int n = 0;
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length())) {
            n++;
        }
        return n;
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    private static int cjkChars(String text) {
        return (int) text.codePoints().filter(SpokenText::isCjk).count();
    }

    private static String withoutCjk(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.appendCodePoint(isCjk(cp) ? ' ' : cp));
        return b.toString();
    }
}
