package org.prepdesk.review;

import java.util.stream.Collectors;

/**
 * Writes a {@link Sheet} as Markdown. User text is backslash-escaped so that a title like
 * {@code <script>} or {@code [x](javascript:…)} stays literal text in any Markdown viewer.
 * Stateless and thread-safe.
 */
public final class MarkdownSheetRenderer {
    private static final java.util.regex.Pattern LIST_START = java.util.regex.Pattern.compile("[-+=]");

    public String render(Sheet sheet) {
        StringBuilder b = new StringBuilder(8_192);
        b.append("# ").append(escape(sheet.title())).append("\n\n");
        if (!sheet.subtitle().isEmpty()) {
            b.append("*").append(escape(sheet.subtitle())).append("*\n\n");
        }
        for (SheetGroup g : sheet.groups()) {
            b.append("## ").append(escape(g.heading())).append("\n\n");
            for (SheetItem it : g.items()) {
                item(b, it);
            }
        }
        return b.toString();
    }

    private static void item(StringBuilder b, SheetItem it) {
        String conf = (it.confidence() > 0 ? " (" + it.confidence() + "/5)" : "")
                + (it.neverRehearsed() ? " (not yet rehearsed)" : "");
        switch (it.kind()) {
            case QUESTION, ASK -> {
                b.append("- **").append(escape(it.title())).append("**").append(conf).append('\n');
                for (SheetItem.Answer a : it.answers()) {
                    b.append("  - → ").append(escape(a.title())).append('\n');
                }
                b.append('\n');
            }
            default -> {
                b.append("### ").append(escape(it.title())).append(conf).append("\n\n");
                for (SheetItem.StarLine s : it.star()) {
                    b.append("- **").append(s.letter()).append("** ").append(escape(s.text())).append('\n');
                }
                if (!it.star().isEmpty()) {
                    b.append('\n');
                }
                if (!it.cues().isEmpty() || !it.line().isEmpty()) {
                    String cues = it.cues().stream().map(c -> "**" + escape(c) + "**").collect(Collectors.joining(" · "));
                    b.append(cues);
                    if (!cues.isEmpty() && !it.line().isEmpty()) {
                        b.append(" — ");
                    }
                    String line = escape(it.line());
                    // Text that opens the paragraph must not read as a list item or a numbered line.
                    b.append(cues.isEmpty() && LIST_START.matcher(line).lookingAt() ? "\\" + line : line).append("\n\n");
                }
            }
        }
    }

    /** Backslash before every character Markdown (or HTML inside Markdown) could read as markup. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                b.append('\\');
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (!Character.isISOControl(c) && !Character.isSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
