package org.prepdesk.outline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.prepdesk.model.Text;

/**
 * What one line looks like: the recognisers the classifier asks. Lines reach here normalised
 * (straight quotes, no indentation). Stateless.
 */
final class Patterns {
    /** A label and the text after it; {@code cues} are the quoted words of a quoted label (else the label). */
    record Labelled(String label, String rest, boolean emphasised, List<String> cues) {
        Labelled(String label, String rest, boolean emphasised) {
            this(label, rest, emphasised, List.of(label));
        }

        Labelled(String label, String rest) {
            this(label, rest, false);
        }
    }

    /**
     * One of the four STAR parts (or {@link StarLabels#EXTRA}, a fifth part) and its text.
     * {@code abbreviated}: a single letter ({@code S:}); {@code bare}: the label alone on its line,
     * without a colon; {@code label}: the label as written.
     */
    record StarField(String part, String text, boolean abbreviated, boolean bare, String label) {
    }

    private static final String EMPH = "(?:\\*\\*|__|\\*|_)?";
    private static final Pattern QUOTED_LABEL = Pattern.compile(
            EMPH + "\"([^\"]{1,100})\"" + EMPH + "\\s*[:\uFF1A\\-\u2013\u2014]\\s*(.*)");
    private static final Pattern BOLD_LABEL = Pattern.compile("(?:\\*\\*|__)([^*_]{1,80}?)\\s*[:\uFF1A]?(?:\\*\\*|__)\\s*[:\uFF1A]?\\s*(.*)");
    private static final Pattern LABEL = Pattern.compile("([^:\uFF1A\"]{1,80}?)\\s*[:\uFF1A]\\s+(\\S.*)");
    private static final Pattern STORY = Pattern.compile(
            "(?i)" + EMPH + "(?:example|story|star\\s+story)\\s*#?\\s*(\\d{0,3})\\s*" + EMPH + "\\s*[:.)\\-\u2013\u2014]\\s*" + EMPH + "(.*?)" + EMPH);
    private static final Pattern ASKS = Pattern.compile(
            "(?i)\\W*(?:my\\s+|our\\s+)?(?:questions?|things)\\s+(?:for|to\\s+ask)\\b.*|\\W*(?:asks?|questions\\s+to\\s+ask)\\W*|.*\u53CD\u95EE.*");

    private static final Pattern ANSWER = Pattern.compile("(?i)[*_]*(?:my\\s+)?(?:answers?|a|\u56DE\u7B54|\u7B54)[*_]*\\s*[:\uFF1A].*");

    private Patterns() {
    }

    /**
     * {@code "Label": text}, also with curly quotes (already straightened) or a dash, and a label
     * with quoted words inside ({@code Careful "Retry and Backoff": text}, {@code 「限流」策略: text}).
     */
    static Labelled quotedLabel(String text) {
        Matcher m = QUOTED_LABEL.matcher(text);
        if (m.matches() && !m.group(1).isBlank()) {
            return new Labelled(m.group(1).strip(), m.group(2).strip());
        }
        return QuotedWordsLabel.parse(text);
    }

    /** {@code Label: text} (short label, capital or CJK first) or {@code **Label**: text}. */
    static Labelled plainLabel(String text) {
        Matcher b = BOLD_LABEL.matcher(text);
        if (b.matches() && !b.group(1).isBlank()) {
            return new Labelled(b.group(1).strip(), b.group(2).strip(), true);
        }
        Matcher m = LABEL.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String label = m.group(1).strip();
        if (label.isEmpty() || tokens(label) > 6 || label.contains("://") || label.matches(".*[.!?;,\u3002]$")) {
            return null;
        }
        int first = label.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || Text.isCjk(first))) {
            return null;
        }
        return new Labelled(label, m.group(2).strip());
    }

    /** "Example 1: Title" → "Title" (may be empty); null when the line does not open a story. */
    static String storyTitle(String text) {
        Matcher m = STORY.matcher(text);
        if (!m.matches()) {
            return null;
        }
        boolean numbered = !m.group(1).isEmpty();
        boolean colon = text.matches("(?i)[*_]*(?:example|story|star\\s+story)\\s*#?\\s*\\d{0,3}\\s*[*_]*\\s*:.*");
        return numbered || colon ? m.group(2).strip() : null;
    }

    /** "Situation: …" → (situation, …), in any of the forms {@link StarLabels} knows; null when the line is not a STAR label. */
    static StarField starField(String text) {
        return StarLabels.parse(text);
    }

    /** Ends with "?" (or "？"), possibly followed by a CJK gloss: "Working across teams? 跨团队合作". */
    static boolean isQuestion(String text) {
        String t = text.strip();
        if (t.endsWith("?") || t.endsWith("\uFF1F")) {
            return true;
        }
        int q = Math.max(t.lastIndexOf('?'), t.lastIndexOf('\uFF1F'));
        if (q <= 0) {
            return false;
        }
        // only a gloss may follow: blanks and CJK (checked by hand: a regex here backtracks on long lines)
        for (int i = q + 1; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (!(Character.isWhitespace(cp) || Text.isCjk(cp) || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF5E)) {
                return false;
            }
        }
        return true;
    }

    /** A heading by its look alone: "Topic:", or a short line with no sentence punctuation at its end. */
    static boolean looksLikeHeading(String text) {
        String t = text.strip();
        if (t.endsWith(":") || t.endsWith("\uFF1A")) {
            return tokens(t) <= 15 && plainLabel(t) == null;
        }
        return isTitleLike(t);
    }

    /** Short, no sentence punctuation at its end, not starting in lower case. */
    static boolean isTitleLike(String t) {
        if (t.isEmpty() || t.length() > 90 || tokens(t) > 8 || t.matches(".*[.!?;,\u3002\uFF1F\uFF01\uFF1B\uFF0C\u2026\"]$")) {
            return false;
        }
        int first = t.codePointAt(0);
        return !Character.isLowerCase(first) && Character.isLetterOrDigit(first) || Text.isCjk(first);
    }

    /** "Answer: …" under a question is the answer's text, not a talking point of its own. */
    static boolean isAnswerLabel(String text) {
        return ANSWER.matcher(text).matches();
    }

    /** "Questions for Lumina Health", "Questions to ask", "Asks": every item under it is an ask. */
    static boolean isAsksHeading(String title) {
        return ASKS.matcher(title.strip()).matches();
    }

    static String withoutColon(String t) {
        String s = t.strip();
        while (s.endsWith(":") || s.endsWith("\uFF1A")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.isEmpty() ? t.strip() : s;
    }

    /** Words separated by spaces (a CJK run counts once here: this is about line shape). */
    static int tokens(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** A sentence-shaped text: starts with a letter, ends with sentence punctuation. */
    static boolean endsLikeSentence(String t) {
        return t.strip().matches("(?s).*[.!;\u3002\uFF01\u2026]$");
    }
}
