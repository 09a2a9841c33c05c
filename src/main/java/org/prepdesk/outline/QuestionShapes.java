package org.prepdesk.outline;

import java.util.regex.Pattern;
import org.prepdesk.model.Text;

/**
 * A question recognised by its shape rather than by a {@code ?}: interview questions written as
 * headings ({@code ## Tell me about yourself}, {@code ## why are you leaving your current job},
 * {@code ## 为什么离开上一家公司}), and the gist of one, used to title the story that answers it
 * ("Tell me about a time you had to change a plan late" → "Had to change a plan late"). Stateless.
 */
final class QuestionShapes {
    private static final Pattern OPENERS = Pattern.compile("(?i)(?:tell\\s+(?:me|us)\\s+(?:about|of)|describe\\s+(?:a|an|the|your|how|what|when)"
            + "|give\\s+(?:me\\s+|us\\s+)?(?:an?\\s+)?examples?|walk\\s+(?:me|us)\\s+through|talk\\s+(?:me\\s+|us\\s+)?(?:about|through)"
            + "|share\\s+(?:a|an)|explain|(?:can|could|would|will|do|did|have|are|were|is)\\s+you)\\s.*");
    /** "How to reach the office", "What I learned": a wh-word opening a statement, not a question. */
    private static final Pattern STATEMENT = Pattern.compile("(?i)(?:how|what|where|when|which|who|why)\\s+(?:to|i|we|my|our|i'm|i've)\\s.*");
    private static final Pattern NUMBER = Pattern.compile("(?i)^(?:(?:q|question)\\s*\\d*\\s*[:.)\uFF1A]|\\d{1,3}[.)]|\u95EE\\s*[:\uFF1A])\\s*");
    private static final Pattern WH = Pattern.compile("(?i)(why|what|how|when|where|which|who)\\s.*");
    private static final Pattern CHINESE = Pattern.compile(
            "(?:\u4E3A\u4EC0\u4E48|\u4E3A\u4F55|\u5982\u4F55|\u600E\u4E48|\u600E\u6837|\u8BF7\u4ECB\u7ECD|\u4ECB\u7ECD\u4E00\u4E0B|\u81EA\u6211\u4ECB\u7ECD"
                    + "|\u8BF4\u8BF4|\u8C08\u8C08|\u8BB2\u8BB2|\u8BB2\u4E00\u4E0B|\u63CF\u8FF0|\u4E3E\u4E2A?\u4F8B|\u4E3E\u4E00\u4E2A|\u4EC0\u4E48|\u54EA"
                    + "|\u662F\u5426|\u80FD\u5426|\u6709\u6CA1\u6709|\u4F60\u5982\u4F55|\u4F60\u4E3A\u4EC0\u4E48).*|.*\u5417");
    private static final Pattern LEAD = Pattern.compile("(?i)^(?:tell\\s+(?:me|us)\\s+about|describe|give\\s+(?:me\\s+|us\\s+)?(?:an?\\s+)?example\\s+of"
            + "|walk\\s+(?:me|us)\\s+through|talk\\s+(?:me\\s+|us\\s+)?about|share)\\s+(?:(?:a|an|the)\\s+)?(?:(?:time|situation|moment|case|project)\\s+)?"
            + "(?:(?:when|where|in\\s+which|that)\\s+)?(?:you\\s+)?");

    private static final Pattern CHINESE_LEAD = Pattern.compile("^(?:\u8BF7|\u4F60)*(?:\u4E3E\u4E2A?\u4F8B\u5B50?\u8BF4\u660E|\u4ECB\u7ECD\u4E00\u4E0B|\u4ECB\u7ECD"
            + "|\u8BF4\u8BF4|\u8C08\u8C08|\u8BB2\u8BB2|\u8BB2\u4E00\u4E0B|\u63CF\u8FF0\u4E00\u4E0B|\u63CF\u8FF0)?(?:\u4F60|\u4E00\u6B21|\u4E00\u4E2A)*"
            + "(?:\u662F)?(?:\u5982\u4F55|\u600E\u4E48|\u600E\u6837)");

    private QuestionShapes() {
    }

    /** A question by its opening words (English or Chinese), with or without a question mark. */
    static boolean isQuestion(String text) {
        String t = unwrap(withoutNumber(text));
        if (t.isEmpty() || t.length() > 200) {
            return false;
        }
        if (Patterns.isQuestion(t)) {
            return true;
        }
        if (t.matches(".*[.!;:\u3002\uFF1A]$")) {
            return false;
        }
        if (OPENERS.matcher(t).matches()) {
            return true;
        }
        if (STATEMENT.matcher(t).matches()) {
            return false;
        }
        if (WH.matcher(t).matches()) {
            // "Why Stripe" asks; "How we work", "What I did" and "What You Personally Did" (title case) are headings
            return t.regionMatches(true, 0, "why", 0, 3) || Patterns.tokens(t) >= 4 && !titleCase(t);
        }
        return CHINESE.matcher(t).matches();
    }

    /** Every word of four letters or more starts with a capital: a topic heading, not a question. */
    private static boolean titleCase(String t) {
        for (String w : t.split("\\s+")) {
            if (w.length() >= 4 && Character.isLowerCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "Q3: Tell me …", "1. Tell me …", "问：…" → "Tell me …". */
    private static String withoutNumber(String text) {
        return NUMBER.matcher(text.strip()).replaceFirst("");
    }

    /** The question without the quotes or emphasis around it. */
    static String unwrap(String text) {
        String t = text.strip();
        boolean changed = true;
        while (changed && t.length() >= 2) {
            changed = false;
            for (String mark : new String[] {"**", "__", "\"", "*", "_"}) {
                if (t.length() > 2 * mark.length() && t.startsWith(mark) && t.endsWith(mark)) {
                    t = t.substring(mark.length(), t.length() - mark.length()).strip();
                    changed = true;
                }
            }
        }
        return t;
    }

    /** A story title from the question it answers: its lead ("Tell me about a time you …") and question mark taken off. */
    static String gist(String question) {
        String t = unwrap(withoutNumber(question)).replaceAll("[?\uFF1F]+$", "").strip();
        String rest = CHINESE_LEAD.matcher(LEAD.matcher(t).replaceFirst("")).replaceFirst("").replaceAll("\u5417$", "").strip();
        if (rest.isEmpty() || rest.length() == t.length() || Patterns.tokens(rest) < 3 && !Text.isCjk(rest.codePointAt(0))) {
            return t; // "Failed" says less than the question it came from
        }
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
}
