package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.prepdesk.model.Text;

/**
 * Recognises a label with quoted words inside it, as people paste them from word processors:
 * {@code Careful "Retry and Backoff": text}, {@code "Sharding" and Replication: text},
 * {@code 「限流」策略: text}. The label without its quote marks is the title, the quoted words
 * are its cues, the text after the colon (or a dash with blanks around it) is the body. Curly
 * double quotes, guillemets and „…“ reach here already straightened by {@link LineNormalizer};
 * corner brackets are matched here, since straightening them would change Chinese prose.
 * The words outside the quotes must read like a title (capitalised, CJK, digits or small joining
 * words), so a sentence that quotes someone is not taken for a label. Only the first
 * {@value #SCAN} characters are looked at, so any line is read in linear time. Stateless.
 */
final class QuotedWordsLabel {
    private static final int SCAN = 200;
    private static final int MAX_TOKENS = 8;
    private static final Set<String> JOINERS = Set.of("and", "or", "of", "the", "a", "an", "for", "with", "vs",
            "vs.", "versus", "to", "in", "on", "at", "by", "&", "+", "/", "x");

    private QuotedWordsLabel() {
    }

    /** The label, its cues and the rest; null when {@code text} is not such a line. */
    static Patterns.Labelled parse(String text) {
        int limit = Math.min(text.length(), SCAN);
        char closer = 0;
        int sep = -1;
        int restAt = -1;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (closer != 0) {
                closer = c == closer ? 0 : closer;
                continue;
            }
            char close = closerOf(c);
            if (close != 0) {
                closer = close;
            } else if (c == ':' || c == '\uFF1A') {
                sep = i;
                restAt = i + 1;
                break;
            } else if (isDash(c) && i > 0 && text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                sep = i;
                restAt = i + 1;
                break;
            }
        }
        if (sep <= 0) {
            return null;
        }
        String raw = stripEmphasis(text.substring(0, sep).strip());
        List<String> cues = new ArrayList<>();
        StringBuilder title = new StringBuilder();
        StringBuilder outside = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char close = closerOf(c);
            if (close == 0) {
                title.append(c);
                outside.append(c);
                continue;
            }
            int end = raw.indexOf(close, i + 1);
            if (end < 0) {
                return null;
            }
            String cue = raw.substring(i + 1, end).strip();
            if (cue.isEmpty() || cue.indexOf('"') >= 0) {
                return null;
            }
            cues.add(cue);
            title.append(cue);
            outside.append(' ');
            i = end;
        }
        String label = title.toString().strip().replaceAll("\\s+", " ");
        if (cues.isEmpty() || label.isEmpty() || Patterns.tokens(label) > MAX_TOKENS || !titleWords(outside.toString())) {
            return null;
        }
        String rest = stripEmphasis(text.substring(restAt).strip());
        return new Patterns.Labelled(label, rest, false, List.copyOf(cues));
    }

    /** The words outside the quotes read like a title, not like a sentence. */
    private static boolean titleWords(String outside) {
        for (String w : outside.strip().split("\\s+")) {
            if (w.isEmpty() || JOINERS.contains(w)) {
                continue;
            }
            int cp = w.codePointAt(0);
            if (!(Character.isUpperCase(cp) || Character.isDigit(cp) || Text.isCjk(cp))
                    || w.matches(".*[.!?;,\"\u3002\uFF0C\uFF01\uFF1F]$")) {
                return false;
            }
        }
        return true;
    }

    private static String stripEmphasis(String s) {
        String t = s;
        for (String mark : new String[] {"**", "__"}) {
            if (t.startsWith(mark)) {
                t = t.substring(2);
            }
            if (t.endsWith(mark)) {
                t = t.substring(0, t.length() - 2);
            }
        }
        return t.strip();
    }

    private static char closerOf(char c) {
        return switch (c) {
            case '"' -> '"';
            case '\u300C' -> '\u300D';
            case '\u300E' -> '\u300F';
            default -> 0;
        };
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }
}
