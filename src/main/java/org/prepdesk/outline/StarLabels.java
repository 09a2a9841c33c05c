package org.prepdesk.outline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The STAR labels people write, in every form seen in real prep files: {@code Situation: text},
 * {@code **Situation:**}, {@code **S**:}, {@code S -}, {@code S.}, {@code (S)}, a label alone on
 * its line ({@code Situation}, {@code #### Task}), Chinese labels (情境/情景/背景, 任务, 行动,
 * 结果) alone or with a gloss ({@code 情境（Situation）：}), and a fifth part ({@code Learnings:},
 * {@code Lessons}, 收获, 反思) that a story keeps in its body. Single-letter labels are marked
 * {@code abbreviated}: only a run of them makes a story. Stateless.
 */
final class StarLabels {
    static final String EXTRA = "extra";

    private static final String EMPH = "(?:\\*\\*|__)?";
    private static final String EN = "situation|task|actions?|results?";
    private static final String ZH = "\u60C5\u5883|\u60C5\u666F|\u80CC\u666F|\u4EFB\u52A1|\u884C\u52A8|\u7ED3\u679C|\u6210\u679C";
    private static final String FIFTH = "learnings?|lessons?(?:\\s+learn(?:ed|t))?|takeaways?|reflections?"
            + "|\u6536\u83B7|\u53CD\u601D|\u7ECF\u9A8C\u6559\u8BAD";
    private static final String GLOSS = "(?:\\s*[(\uFF08]\\s*[^)\uFF09]{1,24}[)\uFF09]|\\s+(?:" + EN + "|" + ZH + "))?";
    /** What ends a label: a colon, a dash with a blank before it, or the end of the line. */
    private static final String END = "\\s*" + EMPH + "\\s*(?:[:\uFF1A]|(?<=\\s)[-\u2013\u2014](?=\\s)|$)\\s*" + EMPH + "\\s*";
    private static final Pattern WORD = Pattern.compile(
            "(?i)" + EMPH + "(" + EN + "|" + ZH + "|" + FIFTH + ")" + GLOSS + END + "(.*)");
    private static final Pattern LETTER = Pattern.compile(
            EMPH + "([STAR])(?:\\s*[(\uFF08][^)\uFF09]{1,24}[)\uFF09])?\\s*" + EMPH
                    + "\\s*(?:[:\uFF1A.)]|(?<=\\s)[-\u2013\u2014](?=\\s)|$)\\s*" + EMPH + "\\s*(.*)");
    private static final Pattern BRACKETED = Pattern.compile(
            EMPH + "[(\\[\uFF08]([STAR])[)\\]\uFF09]" + EMPH + "\\s*[:\uFF1A.\\-\u2013\u2014]?\\s*" + EMPH + "\\s*(.*)");

    private StarLabels() {
    }

    /** The label at the start of {@code text} and the text after it, or null. */
    static Patterns.StarField parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = WORD.matcher(t);
        if (m.matches()) {
            return new Patterns.StarField(part(m.group(1)), m.group(2).strip(), false, m.group(2).isBlank() && !hasColon(t, m.start(2)),
                    t.substring(0, m.start(2)).strip());
        }
        Matcher b = BRACKETED.matcher(t);
        if (b.matches()) {
            return new Patterns.StarField(part(b.group(1)), b.group(2).strip(), true, b.group(2).isBlank(),
                    t.substring(0, b.start(2)).strip());
        }
        Matcher l = LETTER.matcher(t);
        if (l.matches()) {
            return new Patterns.StarField(part(l.group(1)), l.group(2).strip(), true, l.group(2).isBlank(),
                    t.substring(0, l.start(2)).strip());
        }
        return null;
    }

    private static boolean hasColon(String t, int end) {
        String head = t.substring(0, end);
        return head.indexOf(':') >= 0 || head.indexOf('\uFF1A') >= 0;
    }

    /** "Actions" → action, "背景" → situation, "S" → situation, "Learnings" → extra. */
    private static String part(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.startsWith("s") && (l.equals("s") || l.startsWith("situation")) || l.equals("\u60C5\u5883")
                || l.equals("\u60C5\u666F") || l.equals("\u80CC\u666F")) {
            return "situation";
        }
        if (l.equals("t") || l.equals("task") || l.equals("\u4EFB\u52A1")) {
            return "task";
        }
        if (l.equals("a") || l.startsWith("action") || l.equals("\u884C\u52A8")) {
            return "action";
        }
        if (l.equals("r") || l.startsWith("result") || l.equals("\u7ED3\u679C") || l.equals("\u6210\u679C")) {
            return "result";
        }
        return EXTRA;
    }
}
