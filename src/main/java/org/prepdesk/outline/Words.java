package org.prepdesk.outline;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.prepdesk.model.Text;

/** Words for the "nothing lost" guarantee: runs of letters and digits, each CJK character alone, lower case. Stateless. */
final class Words {
    /** What the importer turns into structure rather than text: "Example N:" (STAR labels: {@link StarLabels}). */
    static final Pattern STRUCTURE = Pattern.compile(
            "(?i)^[\\s\\-*+>_]*(?:example|story|star\\s+story)\\s*#?\\s*\\d{0,3}\\s*[*_]*\\s*[:.)\\-\u2013\u2014]");
    private static final Pattern MARKER = Pattern.compile("^[\\s\\-+>]*");

    private Words() {
    }

    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean cjk = cp >= 0x2E80 && Text.isCjk(cp);
            if (!cjk && (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK || Character.getType(cp) == Character.ENCLOSING_MARK
                    || Character.isLetter(cp) || Character.getType(cp) == Character.LETTER_NUMBER
                    || Character.getType(cp) == Character.OTHER_NUMBER)) {
                run.appendCodePoint(cp);
                continue;
            }
            if (run.length() > 0) {
                out.add(run.toString().toLowerCase(Locale.ROOT));
                run.setLength(0);
            }
            if (cjk) {
                out.add(new String(Character.toChars(cp)));
            }
        }
        if (run.length() > 0) {
            out.add(run.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A line's words once its structural prefix is taken away. */
    static Set<String> ofLine(String line) {
        String t = MARKER.matcher(line).replaceFirst("");
        Patterns.StarField star = StarLabels.parse(t);
        if (star != null && !star.part().equals(StarLabels.EXTRA)) {
            return of(star.text());
        }
        return of(STRUCTURE.matcher(line).replaceFirst(""));
    }
}
