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
    void aChineseFontInsideACollectionIsEmbeddedAndOneThatIsNoCollectionIsPassedOver() throws IOException {
        Path ttf = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(ttf), "no Droid Sans Fallback on this computer");
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Files.writeString(fonts.resolve("msyh.ttc"), "not a font"); // tried first, and skipped
        wrapInCollection(ttf, fonts.resolve("wqy-zenhei.ttc"));

        PdfFonts found = PdfFonts.discover(List.of(fonts));
        assertThat(found.coversCjk()).isTrue();
        assertThat(found.faces()).allSatisfy(f -> {
            assertThat(f.file().getFileName().toString()).isEqualTo("wqy-zenhei.ttc");
            assertThat(f.member()).isNotBlank();
        });
        Sheet sheet = new Sheet("Review", "可扩展性", List.of(new SheetGroup("Talking points", List.of(
                new SheetItem("n1", org.prepdesk.model.Kind.TALKING_POINT, "Data quality 数据质量", List.of("正确性"),
                        "面试准备", List.of(), List.of(), 0)))));
        try (PDDocument doc = Loader.loadPDF(new PdfSheetRenderer(found).render(sheet))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("数据质量", "正确性", "面试准备");
        }
        assertThat(new PdfSheetRenderer(found).missingFont(sheet)).isEmpty();
    }

    @Test
    void withoutAFontForChineseThePdfIsStillWrittenAndTheWarningSaysWhatIsMissing() throws IOException {
        PdfSheetRenderer latinOnly = new PdfSheetRenderer(PdfFonts.discover(List.of(dir.resolve("no fonts here"))));
        Sheet chinese = new Sheet("Review", "", List.of(new SheetGroup("Talking points", List.of(
                new SheetItem("n1", org.prepdesk.model.Kind.TALKING_POINT, "Data quality 数据质量", List.of(),
                        "", List.of(), List.of(), 0)))));
        Sheet latin = new Sheet("Review", "", List.of(new SheetGroup("Talking points", List.of(
                new SheetItem("n1", org.prepdesk.model.Kind.TALKING_POINT, "Data quality", List.of(),
                        "Keyed “by event id”.", List.of(), List.of(), 0)))));
        assertThat(latinOnly.missingFont(chinese)).hasValueSatisfying(w -> assertThat(w)
                .contains("Chinese, Japanese or Korean", "missing from the PDF", "-Dprepdesk.fontDir"));
        assertThat(latinOnly.missingFont(latin)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(latinOnly.render(chinese))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Data quality");
        }
    }

    /** A one-font TrueType collection: the 'ttcf' header, then the font with its table offsets moved past it. */
    private static void wrapInCollection(Path ttf, Path ttc) throws IOException {
        java.nio.ByteBuffer font = java.nio.ByteBuffer.wrap(Files.readAllBytes(ttf));
        int header = 16;
        int tables = Short.toUnsignedInt(font.getShort(4));
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i + 8;
            font.putInt(at, font.getInt(at) + header);
        }
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(header + font.capacity());
        out.put("ttcf".getBytes(StandardCharsets.US_ASCII)).putInt(0x00010000).putInt(1).putInt(header).put(font.array());
        Files.write(ttc, out.array());
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
