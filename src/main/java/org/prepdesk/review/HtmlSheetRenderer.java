package org.prepdesk.review;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link Sheet} as one self-contained XHTML document. Three flavours share the markup:
 * {@link Flavor#FILE} for a browser or a phone (print stylesheet, Content-Security-Policy, no
 * scripts, nothing loaded from anywhere), {@link Flavor#PDF} for openhtmltopdf (page header with
 * the subtitle and page numbers as CSS margin boxes), and {@link Flavor#PREVIEW} with the plain
 * CSS that Swing's HTML view understands. All user text is escaped with {@link Html#text}; no
 * user text ever reaches an attribute, a URL or the stylesheet. Stateless and thread-safe.
 */
public final class HtmlSheetRenderer {
    public enum Flavor { FILE, PDF, PREVIEW }

    /** Nothing may load or run: styles are inline, there are no scripts, images, forms or frames. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    public String render(Sheet sheet, Flavor flavor) {
        StringBuilder b = new StringBuilder(16_384);
        String docTitle = sheet.subtitle().isEmpty() ? sheet.title() : sheet.title() + " — " + sheet.subtitle();
        if (flavor == Flavor.PREVIEW) {
            // Swing's HTML view reads HTML 3.2: no doctype, no XML namespace, no CSP meta.
            b.append("<html><head><title>").append(Html.text(docTitle)).append("</title>\n<style type=\"text/css\">\n")
                    .append(PREVIEW_CSS).append("</style></head>\n<body>\n");
        } else {
            b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                    .append("<meta charset=\"utf-8\"/>\n")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                    .append(CONTENT_SECURITY_POLICY).append("\"/>\n")
                    .append("<meta name=\"referrer\" content=\"no-referrer\"/>\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                    .append("<meta name=\"generator\" content=\"PrepDesk\"/>\n")
                    .append("<title>").append(Html.text(docTitle)).append("</title>\n<style>\n")
                    .append(COMMON_CSS)
                    .append(flavor == Flavor.PDF ? PDF_CSS : FILE_CSS)
                    .append("</style>\n</head>\n<body>\n");
        }
        if (flavor == Flavor.PDF) {
            // Moved into the page header by "position: running(head)"; user text stays escaped HTML.
            b.append("<div class=\"running\">").append(Html.text(sheet.title()));
            if (!sheet.subtitle().isEmpty()) {
                b.append(" · ").append(Html.text(sheet.subtitle()));
            }
            b.append("</div>\n");
        }
        b.append("<div class=\"head\">\n<h1>").append(Html.text(sheet.title())).append("</h1>\n");
        if (!sheet.subtitle().isEmpty()) {
            b.append("<p class=\"subtitle\">").append(Html.text(sheet.subtitle())).append("</p>\n");
        }
        b.append("</div>\n");
        for (SheetGroup g : sheet.groups()) {
            group(b, g, flavor);
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void group(StringBuilder b, SheetGroup g, Flavor flavor) {
        b.append("<div class=\"group\">\n<h2>").append(Html.text(g.heading())).append("</h2>\n");
        for (SheetItem it : g.items()) {
            item(b, it, flavor);
        }
        b.append("</div>\n");
    }

    private static void item(StringBuilder b, SheetItem it, Flavor flavor) {
        b.append("<div class=\"item ").append(it.kind().id()).append("\">\n");
        b.append("<p class=\"title\">");
        if (it.kind() == org.prepdesk.model.Kind.QUESTION) {
            b.append("<span class=\"mark\">Q </span>");
        } else if (it.kind() == org.prepdesk.model.Kind.ASK) {
            b.append("<span class=\"mark\">? </span>");
        }
        b.append("<b>").append(Html.text(it.title())).append("</b>");
        if (it.confidence() > 0) {
            b.append(" <span class=\"conf\">").append(it.confidence()).append("/5</span>");
        }
        if (it.neverRehearsed()) {
            b.append(" <span class=\"conf\">· not yet rehearsed</span>");
        }
        b.append("</p>\n");
        if (!it.star().isEmpty()) {
            b.append("<table class=\"star\"")
                    .append(flavor == Flavor.PREVIEW ? " cellspacing=\"0\" cellpadding=\"1\"" : "").append(">\n");
            for (SheetItem.StarLine s : it.star()) {
                // Swing's HTML view ignores vertical-align in CSS but honours valign.
                String top = flavor == Flavor.PREVIEW ? " valign=\"top\"" : "";
                b.append("<tr><th").append(top).append(" title=\"").append(s.label()).append("\">").append(s.letter())
                        .append("</th><td").append(top).append(">").append(Html.text(s.text())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        if (!it.cues().isEmpty() || !it.line().isEmpty()) {
            b.append("<p class=\"line\">");
            String cues = it.cues().stream().map(c -> "<b class=\"cue\">" + Html.text(c) + "</b>")
                    .collect(Collectors.joining(" · "));
            b.append(cues);
            if (!cues.isEmpty() && !it.line().isEmpty()) {
                b.append(" — ");
            }
            b.append(Html.text(it.line())).append("</p>\n");
        }
        List<SheetItem.Answer> answers = it.answers();
        if (!answers.isEmpty()) {
            b.append("<p class=\"answers\">→ ");
            b.append(answers.stream().map(a -> Html.text(a.title())).collect(Collectors.joining(" · ")));
            b.append("</p>\n");
        }
        b.append("</div>\n");
    }

    private static final String COMMON_CSS = """
            html { color: #1b1b1b; background: #fff; }
            body { font-family: "PrepDesk Sans", "DejaVu Sans", "Helvetica Neue", Arial, "PrepDesk CJK", sans-serif;
                   font-size: 10pt; line-height: 1.3; }
            h1 { font-size: 16pt; margin: 0; line-height: 1.15; }
            .subtitle { margin: 1pt 0 0; color: #555; font-size: 10.5pt; }
            .head { margin-bottom: 4pt; }
            h2 { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.08em; color: #9a3412;
                 border-bottom: 0.75pt solid #e5c8b8; margin: 9pt 0 4pt; padding-bottom: 1pt;
                 page-break-after: avoid; }
            .item { margin: 0 0 5pt; page-break-inside: avoid; }
            .item p { margin: 0; }
            .title b { font-weight: bold; }
            .mark { color: #9a3412; font-weight: bold; }
            .conf { color: #888; font-size: 8pt; }
            table.star { border-collapse: collapse; margin: 1pt 0 0; }
            table.star th { color: #9a3412; font-weight: bold; text-align: left; vertical-align: top;
                            width: 11pt; padding: 0 3pt 0 0; }
            table.star td { padding: 0; vertical-align: top; }
            .line { margin-top: 1pt; }
            .cue { color: #111; }
            .answers { color: #444; padding-left: 11pt; }
            .question, .ask { margin-bottom: 3pt; }
            """;

    private static final String FILE_CSS = """
            body { max-width: 46em; margin: 0 auto; padding: 16px; overflow-wrap: anywhere; }
            @media screen {
              body { font-size: 15px; line-height: 1.4; }
              h1 { font-size: 24px; }
              h2 { font-size: 12px; margin-top: 18px; }
              .item { margin-bottom: 9px; }
              .conf { font-size: 11px; }
            }
            @media screen and (max-width: 640px) {
              body { font-size: 16px; padding: 12px; }
              h1 { font-size: 22px; }
            }
            h2 { break-after: avoid; }
            .item { break-inside: avoid; }
            @media print {
              @page { size: A4; margin: 14mm 14mm 14mm 14mm;
                      @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #777; } }
              body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
            }
            """;

    private static final String PDF_CSS = """
            @page { size: A4; margin: 17mm 14mm 13mm 14mm;
                    @top-left { content: element(head); vertical-align: bottom; padding-bottom: 3mm; }
                    @top-right { content: "Page " counter(page) " of " counter(pages); font-family: "PrepDesk Sans",
                                 "DejaVu Sans", sans-serif; font-size: 8pt; color: #777; vertical-align: bottom;
                                 padding-bottom: 3mm; } }
            @page :first { @top-left { content: none; } }
            .running { position: running(head); font-size: 8pt; color: #777; }
            body { margin: 0; font-size: 9.5pt; }
            """;

    private static final String PREVIEW_CSS = """
            body { font-family: SansSerif; font-size: 11pt; color: #1b1b1b; background: #ffffff; margin: 10px; }
            h1 { font-size: 16pt; margin-top: 0; margin-bottom: 0; }
            .subtitle { color: #555555; margin-top: 2px; margin-bottom: 4px; }
            h2 { font-size: 9pt; color: #9a3412; margin-top: 10px; margin-bottom: 3px; border-bottom: 1px solid #e5c8b8; }
            .item { margin-bottom: 6px; }
            p.title { margin-top: 5px; }
            p { margin-top: 0; margin-bottom: 0; }
            .mark { color: #9a3412; }
            .conf { color: #888888; font-size: 9pt; }
            table.star { margin-top: 1px; }
            th { color: #9a3412; text-align: left; vertical-align: top; width: 14px; }
            td { vertical-align: top; }
            .answers { color: #444444; margin-left: 14px; }
            """;
}
