package org.prepdesk.outline;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.prepdesk.model.Text;

/** Words for the "nothing lost" guarantee: runs of letters and digits, each CJK character alone, lower case. Stateless. */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    /** What the importer turns into structure rather than text: STAR labels and "Example N:". */
    static final Pattern STRUCTURE = Pattern.compile(
            "(?i)^[\\s\\-*+>_]*(?:(?:situation|task|actions?|results?)\\s*[*_]*\\s*[:\uFF1A]"
                    + "|(?:example|story|star\\s+story)\\s*#?\\s*\\d{0,3}\\s*[*_]*\\s*[:.)\\-\u2013\u2014])");

    private Words() {
    }

    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.codePoints().anyMatch(Text::isCjk)) {
                StringBuilder run = new StringBuilder();
                w.codePoints().forEach(cp -> {
                    if (Text.isCjk(cp)) {
                        if (run.length() > 0) {
                            out.add(run.toString().toLowerCase(Locale.ROOT));
                            run.setLength(0);
                        }
                        out.add(new String(Character.toChars(cp)));
                    } else {
                        run.appendCodePoint(cp);
                    }
                });
                if (run.length() > 0) {
                    out.add(run.toString().toLowerCase(Locale.ROOT));
                }
            } else {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** A line's words once its structural prefix is taken away. */
    static Set<String> ofLine(String line) {
        return of(STRUCTURE.matcher(line).replaceFirst(""));
    }
}
