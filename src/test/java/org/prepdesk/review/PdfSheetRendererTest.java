package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.store.Workspace;

class PdfSheetRendererTest {
    @TempDir
    Path dir;

    private static SheetSpec onsite() {
        return new SheetSpec("h1", "Onsite loop", "Lumina Health · HM round · 12 March", List.of(TypicalWorkspace.TAG),
                List.of(), List.of(), SheetSpec.Grouping.BY_KIND, SheetSpec.Order.TREE);
    }

    @Test
    void twentyFiveTypicalItemsFitOnTwoA4PagesWithSelectableTitles() throws IOException {
        try (Workspace ws = TypicalWorkspace.create(dir.resolve("ws"))) {
            Sheet sheet = new SheetAssembler().assemble(onsite(), ws);
            assertThat(sheet.itemCount()).isEqualTo(25);

            byte[] pdf = new PdfSheetRenderer().render(sheet);
            keepForLooking("typical.pdf", pdf);
            keepForLooking("typical.html", SheetFormat.HTML.render(sheet));
            keepForLooking("typical.md", SheetFormat.MARKDOWN.render(sheet));

            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getNumberOfPages()).isBetween(1, 2);
                assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
                String text = new PDFTextStripper().getText(doc);
                for (SheetGroup g : sheet.groups()) {
                    for (SheetItem it : g.items()) {
                        assertThat(text.replaceAll("\\s+", " ")).contains(it.title().replace("…", ""));
                    }
                }
                assertThat(text).contains("Lumina Health · HM round · 12 March");
                assertThat(text).contains("Page 1 of " + doc.getNumberOfPages());
            }
        }
    }

    @Test
    void chineseTextPrintsAsRealGlyphsWhenAFontIsFound() throws IOException {
        PdfFonts fonts = PdfFonts.system();
        org.junit.jupiter.api.Assumptions.assumeTrue(fonts.faces().stream().anyMatch(f -> f.family().equals(PdfFonts.CJK)),
                "no CJK font on this computer");
        Sheet sheet = new Sheet("Review", "可扩展性", List.of(new SheetGroup("Talking points", List.of(
                new SheetItem("n1", org.prepdesk.model.Kind.TALKING_POINT, "Data quality 数据质量", List.of("正确性"),
                        "Every write is keyed “by event id”.", List.of(), List.of(), 0)))));
        try (PDDocument doc = Loader.loadPDF(new PdfSheetRenderer(fonts).render(sheet))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("数据质量", "正确性", "“by event id”");
        }
    }

    @Test
    void hostileTextPrintsLiterallyAndNeverBreaksTheLayout() throws IOException {
        String hostile = "<script>alert('x')</script> <img src=x onerror=\"alert(1)\"> &amp; \u0000\uD800 ]]>";
        Sheet sheet = new Sheet("Title " + hostile, "Sub " + hostile, List.of(new SheetGroup("Group " + hostile,
                List.of(new SheetItem("n1", org.prepdesk.model.Kind.TALKING_POINT, "Point " + hostile, List.of(hostile),
                        "Line " + hostile, List.of(new SheetItem.StarLine("Situation", hostile)), List.of(), 3)))));
        try (PDDocument doc = Loader.loadPDF(new PdfSheetRenderer().render(sheet))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Point <script>alert('x')</script>", "onerror=\"alert(1)\"", "&amp;", "]]>");
        }
    }

    /** With -Dprepdesk.keepSheets=DIR the rendered files are kept there to be looked at. */
    private static void keepForLooking(String name, byte[] bytes) throws IOException {
        String keep = System.getProperty("prepdesk.keepSheets");
        if (keep != null && !keep.isBlank()) {
            Files.createDirectories(Path.of(keep));
            Files.write(Path.of(keep, name), bytes);
        }
    }

    @SuppressWarnings("unused")
    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
