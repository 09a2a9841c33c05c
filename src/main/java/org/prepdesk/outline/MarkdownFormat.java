package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.prepdesk.model.Kind;

/**
 * The Markdown that {@link MarkdownExporter} writes and {@link ExportedMarkdownReader} reads:
 * sections are headings ({@code #} per level), a note is a heading one level below its section
 * followed at once by a meta line ({@code Kind: story · Tags: a, b · Cues: "x", "y"}), then the
 * STAR lines ({@code **Situation:** …}, continued by lines indented two spaces), then the body.
 * A body line that starts with {@code #} or {@code \} (or, first, with a blank or a STAR label)
 * gets a {@code \} in front, so that nothing in a body can be read as structure. Stateless.
 */
final class MarkdownFormat {
    static final String MARKER = "<!-- PrepDesk export (format 1): prepdesk import reads this file back into sections and notes -->";
    static final String SEP = " \u00B7 ";
    static final String[] STAR_LABELS = {"Situation", "Task", "Action", "Result"};
    private static final Pattern META = Pattern.compile("Kind: ([a-z-]+)((?: \u00B7 [A-Z][a-z]+: .*)?)");
    private static final Pattern STAR_LINE = Pattern.compile("\\*\\*(Situation|Task|Action|Result):\\*\\*(?: (.*))?");

    record Meta(Kind kind, List<String> tags, List<String> cues, int confidence) {
    }

    private MarkdownFormat() {
    }

    static boolean isExport(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.stripLeading().startsWith(MARKER.substring(0, 20));
    }

    /** An export whose marker line was taken out: a heading followed at once by a meta line. */
    static boolean looksExported(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
            if (isHeading(lines[i]) && parseMeta(lines[i + 1]) != null) {
                return true;
            }
        }
        return false;
    }

    static String meta(Kind kind, List<String> tags, List<String> cues, int confidence) {
        StringBuilder b = new StringBuilder("Kind: ").append(kind.id());
        if (!tags.isEmpty()) {
            b.append(SEP).append("Tags: ").append(String.join(", ", tags));
        }
        if (!cues.isEmpty()) {
            b.append(SEP).append("Cues: ");
            for (int i = 0; i < cues.size(); i++) {
                b.append(i == 0 ? "" : ", ").append('"').append(cues.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        if (confidence > 0) {
            b.append(SEP).append("Confidence: ").append(confidence);
        }
        return b.toString();
    }

    /** The meta line's content, or null when {@code line} is not one. */
    static Meta parseMeta(String line) {
        Matcher m = META.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        Kind kind = Kind.fromId(m.group(1)).orElse(null);
        if (kind == null) {
            return null;
        }
        List<String> tags = List.of();
        List<String> cues = List.of();
        int confidence = 0;
        String rest = m.group(2);
        while (rest.startsWith(SEP)) {
            rest = rest.substring(SEP.length());
            if (rest.startsWith("Tags: ")) {
                int end = rest.indexOf(SEP);
                String v = end < 0 ? rest.substring(6) : rest.substring(6, end);
                tags = List.of(v.split(",\\s*"));
                rest = end < 0 ? "" : rest.substring(end);
            } else if (rest.startsWith("Cues: ")) {
                List<String> found = new ArrayList<>();
                int i = 6;
                while (i < rest.length() && rest.charAt(i) == '"') {
                    StringBuilder cue = new StringBuilder();
                    i++;
                    while (i < rest.length() && rest.charAt(i) != '"') {
                        char c = rest.charAt(i);
                        if (c == '\\' && i + 1 < rest.length()) {
                            c = rest.charAt(++i);
                        }
                        cue.append(c);
                        i++;
                    }
                    found.add(cue.toString());
                    i++;
                    if (rest.startsWith(", ", i)) {
                        i += 2;
                    }
                }
                cues = found;
                rest = rest.substring(Math.min(i, rest.length()));
            } else if (rest.startsWith("Confidence: ")) {
                int end = rest.indexOf(SEP);
                String v = end < 0 ? rest.substring(12) : rest.substring(12, end);
                try {
                    confidence = Integer.parseInt(v.strip());
                } catch (NumberFormatException e) {
                    return null;
                }
                rest = end < 0 ? "" : rest.substring(end);
            } else {
                return null;
            }
        }
        return rest.isEmpty() ? new Meta(kind, tags, cues, confidence) : null;
    }

    /** {@code [label, text]} for a STAR line, or null. */
    static String[] starLine(String line) {
        Matcher m = STAR_LINE.matcher(line);
        return m.matches() ? new String[] {m.group(1), m.group(2) == null ? "" : m.group(2)} : null;
    }

    static boolean isHeading(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') {
            n++;
        }
        return n > 0 && (n == line.length() || line.charAt(n) == ' ');
    }

    static int level(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') {
            n++;
        }
        return n;
    }

    static String headingText(String line) {
        int n = level(line);
        return n < line.length() ? line.substring(n + 1) : "";
    }

    static String escapeBodyLine(String line, boolean first) {
        boolean risky = line.startsWith("#") || line.startsWith("\\")
                || first && (line.startsWith(" ") || line.startsWith("\t") || starLine(line) != null);
        return risky ? "\\" + line : line;
    }

    static String unescapeBodyLine(String line) {
        return line.startsWith("\\") ? line.substring(1) : line;
    }
}
