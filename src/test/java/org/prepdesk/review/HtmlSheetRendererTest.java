package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

class HtmlSheetRendererTest {
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String IMG = "<img src=x onerror=\"alert(1)\">";
    static final String LINK = "[click](javascript:alert(document.cookie)) <a href=\"javascript:alert(2)\">go</a>";
    static final String QUOTES = "\"' /><style>body{display:none}</style>";

    @TempDir
    Path dir;

    private Sheet hostileSheet() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "Hostile")) {
            Section s = ws.createSection(null, "Section " + SCRIPT);
            Note answer = ws.createNote(s.id(), Note.draft(Kind.STORY, "Answer " + IMG).withTags(List.of("t" + QUOTES))
                    .withStar(new Star(SCRIPT, QUOTES, LINK, IMG + "\u0000\uD800")));
            ws.createNote(s.id(), Note.draft(Kind.TALKING_POINT, "Point " + QUOTES).withTags(List.of("t" + QUOTES))
                    .withCues(List.of(SCRIPT, IMG)).withBody(LINK + ". Second."));
            ws.createNote(s.id(), Note.draft(Kind.QUESTION, "Question " + LINK).withTags(List.of("t" + QUOTES))
                    .withLinks(List.of(answer.id())));
            ws.createNote(s.id(), Note.draft(Kind.ASK, "Ask " + SCRIPT).withTags(List.of("t" + QUOTES)));
            SheetSpec spec = new SheetSpec("h", "Name " + SCRIPT, "Sub " + QUOTES, List.of("t" + QUOTES), List.of(),
                    List.of(), SheetSpec.Grouping.BY_SECTION, null);
            return new SheetAssembler().assemble(spec, ws);
        }
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document d) {
        NodeList all = d.getElementsByTagNameNS("*", "*");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    @Test
    void hostileUserTextStaysTextInEveryFlavourThatIsXml() throws Exception {
        Sheet sheet = hostileSheet();
        assertThat(sheet.itemCount()).isEqualTo(4);
        for (HtmlSheetRenderer.Flavor flavor : List.of(HtmlSheetRenderer.Flavor.FILE, HtmlSheetRenderer.Flavor.PDF)) {
            String html = new HtmlSheetRenderer().render(sheet, flavor);
            Document doc = parse(html);   // well-formed, or this throws
            List<Element> els = elements(doc);

            assertThat(els).extracting(Element::getLocalName).doesNotContain("script", "img", "a", "iframe", "object",
                    "embed", "form", "link", "base");
            assertThat(els.stream().filter(e -> e.getLocalName().equals("style"))).hasSize(1);
            for (Element e : els) {
                NamedNodeMap attrs = e.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    String name = attrs.item(i).getNodeName().toLowerCase();
                    String value = attrs.item(i).getNodeValue().toLowerCase();
                    assertThat(name).doesNotStartWith("on").isNotIn("href", "src", "style", "srcdoc");
                    assertThat(value).doesNotContain("javascript:", "alert");
                }
            }
            String text = doc.getDocumentElement().getTextContent();
            assertThat(text).contains("Name " + SCRIPT, "Sub " + QUOTES, "Answer " + IMG, "Point " + QUOTES,
                    "Ask " + SCRIPT, "Section " + SCRIPT);
            assertThat(text).contains("javascript:alert(2)").doesNotContain("\u0000");
            assertThat(html).doesNotContain("<script", "<img", "<a ", " onerror=\"");
        }
    }

    @Test
    void thePageForBrowsersForbidsScriptsAndOutsideResourcesAndHasAPrintStylesheet() throws Exception {
        String html = new HtmlSheetRenderer().render(hostileSheet(), HtmlSheetRenderer.Flavor.FILE);
        Document doc = parse(html);
        Element csp = elements(doc).stream().filter(e -> "Content-Security-Policy".equals(e.getAttribute("http-equiv")))
                .findFirst().orElseThrow();
        assertThat(csp.getAttribute("content")).contains("default-src 'none'").doesNotContain("script-src");
        assertThat(elements(doc)).anyMatch(e -> "viewport".equals(e.getAttribute("name")));
        assertThat(html).contains("@media print", "@page");
    }

    @Test
    void thePreviewIsPlainHtmlThatSwingReadsAndEscapesToo() {
        String html = new HtmlSheetRenderer().render(hostileSheet(), HtmlSheetRenderer.Flavor.PREVIEW);
        assertThat(html).doesNotContain("<script", "<img", "<a ", "<!DOCTYPE", "Content-Security-Policy");
        assertThat(html).contains("Name &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void markdownKeepsMarkupInUserTextAsText() {
        String md = new MarkdownSheetRenderer().render(hostileSheet());
        String html = org.commonmark.renderer.html.HtmlRenderer.builder().build()
                .render(org.commonmark.parser.Parser.builder().build().parse(md));
        assertThat(html).doesNotContain("<script", "<img", "<a ", "<style", "javascript:alert(document")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;", "&lt;a href=&quot;javascript:alert(2)&quot;&gt;");
        assertThat(md).contains("\\<script>alert('x')\\</script>").doesNotContain("\u0000");
    }
}
