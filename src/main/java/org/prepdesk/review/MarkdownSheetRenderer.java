package org.prepdesk.review;

import java.util.stream.Collectors;

/**
 * Writes a {@link Sheet} as Markdown. User text goes through {@link MarkdownEscaper}, so a title
 * like {@code <script>} or {@code [x](javascript:…)} stays literal text in any Markdown viewer
 * while {@code 6 h -> 4 min} is left as typed. Stateless and thread-safe.
 */
public final class MarkdownSheetRenderer {
    public String render(Sheet sheet) {
        StringBuilder b = new StringBuilder(8_192);
        b.append("# ").append(MarkdownEscaper.heading(sheet.title())).append("\n\n");
        if (!sheet.subtitle().isEmpty()) {
            b.append("*").append(MarkdownEscaper.inline(sheet.subtitle())).append("*\n\n");
        }
        for (SheetGroup g : sheet.groups()) {
            b.append("## ").append(MarkdownEscaper.heading(g.heading())).append("\n\n");
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
            case QUESTION, ASK, COMPETENCY -> {
                b.append("- **").append(MarkdownEscaper.inline(it.title())).append("**").append(conf).append('\n');
                for (SheetItem.Answer a : it.answers()) {
                    b.append("  - → ").append(MarkdownEscaper.inline(a.title())).append('\n');
                }
                b.append('\n');
            }
            default -> {
                b.append("### ").append(MarkdownEscaper.heading(it.title())).append(conf).append("\n\n");
                for (SheetItem.StarLine s : it.star()) {
                    b.append("- **").append(s.letter()).append("** ").append(MarkdownEscaper.inline(s.text())).append('\n');
                }
                if (!it.star().isEmpty()) {
                    b.append('\n');
                }
                if (!it.cues().isEmpty() || !it.line().isEmpty()) {
                    String cues = it.cues().stream().map(c -> "**" + MarkdownEscaper.inline(c) + "**").collect(Collectors.joining(" · "));
                    b.append(cues);
                    if (!cues.isEmpty() && !it.line().isEmpty()) {
                        b.append(" — ");
                    }
                    // Text that opens the paragraph must not read as a quote, list item or heading.
                    b.append(cues.isEmpty() ? MarkdownEscaper.paragraph(it.line()) : MarkdownEscaper.inline(it.line()))
                            .append("\n\n");
                }
            }
        }
    }
}
