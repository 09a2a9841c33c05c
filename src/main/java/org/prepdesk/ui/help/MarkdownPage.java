package org.prepdesk.ui.help;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to an HTML page that Swing's HTML view (HTML 3.2 and a little CSS) shows well: plain
 * fonts, spacing, code set apart. Stateless and thread-safe.
 */
final class MarkdownPage {
    private static final String STYLE = "body { font-family: sans-serif; font-size: 13pt; margin: 16px 28px; }"
            + " h1 { font-size: 22pt; } h2 { font-size: 17pt; margin-top: 18px; } h3 { font-size: 14pt; }"
            + " code { font-family: monospaced; } pre { background: #f2f2f2; padding: 6px; }"
            + " td, th { padding: 3px 10px 3px 0; text-align: left; }";

    private MarkdownPage() {
    }

    static String render(String markdown) {
        Parser parser = Parser.builder().build();
        String body = HtmlRenderer.builder().build().render(parser.parse(markdown));
        return "<html><head><style>" + STYLE + "</style></head><body>" + body + "</body></html>";
    }
}
