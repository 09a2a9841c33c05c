package org.prepdesk.review;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link Sheet} as an A4 PDF with real, selectable text: the {@link HtmlSheetRenderer.Flavor#PDF}
 * XHTML laid out by openhtmltopdf, with the fonts {@link PdfFonts} finds embedded (subset).
 * Thread-safe: each call builds its own renderer.
 */
public final class PdfSheetRenderer {
    /**
     * PDFBox warns on stderr (through java.util.logging) about every PDF base font it substitutes,
     * and openhtmltopdf reports layout progress there; the command line must print only its own
     * lines. Held here because java.util.logging forgets loggers nobody references.
     */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(Level.SEVERE);
    }

    private static final java.util.Set<Character.UnicodeScript> CJK_SCRIPTS = java.util.EnumSet.of(
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.HANGUL, Character.UnicodeScript.BOPOMOFO);

    private final HtmlSheetRenderer html = new HtmlSheetRenderer();
    private final PdfFonts fonts;

    public PdfSheetRenderer() {
        this(PdfFonts.system());
    }

    public PdfSheetRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * A one-line warning when the sheet has Chinese, Japanese or Korean text and no font for it was
     * found: the PDF is still written, but that text is missing from it.
     */
    public Optional<String> missingFont(Sheet sheet) {
        if (fonts.coversCjk()) {
            return Optional.empty();
        }
        boolean cjk = html.render(sheet, HtmlSheetRenderer.Flavor.PDF).codePoints().anyMatch(cp -> CJK_SCRIPTS.contains(
                Character.UnicodeScript.of(cp)));
        return cjk ? Optional.of("no Chinese, Japanese or Korean font was found, so that text is missing from the PDF; "
                + "install one (such as the fonts-droid-fallback package) or name a folder holding one with "
                + "-Dprepdesk.fontDir=DIR") : Optional.empty();
    }

    public byte[] render(Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(sheet, out);
        return out.toByteArray();
    }

    public void render(Sheet sheet, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // A font inside a collection is loaded against the document it goes into, and its file stays
        // open until that document is written (the subset is taken then).
        List<Closeable> open = new ArrayList<>();
        Map<String, PDFont> collected = new HashMap<>();
        PDDocument doc = null;
        try {
            for (PdfFonts.Face f : fonts.faces()) {
                if (f.member() == null) {
                    builder.useFont(f.file().toFile(), f.family(), f.weight(), PdfRendererBuilder.FontStyle.NORMAL, true);
                    continue;
                }
                if (doc == null) {
                    doc = new PDDocument();
                    open.add(doc);
                    builder.usePDDocument(doc);
                }
                PDFont font = collected.get(f.file() + "#" + f.member());
                if (font == null) {
                    TrueTypeCollection ttc = new TrueTypeCollection(f.file().toFile());
                    open.add(ttc);
                    font = PDType0Font.load(doc, ttc.getFontByName(f.member()), true);
                    collected.put(f.file() + "#" + f.member(), font);
                }
                builder.useFont(new PDFontSupplier(font), f.family(), f.weight(), PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withProducer("PrepDesk");
            // The document names no outside resource; refusing every URI makes sure none is ever fetched.
            builder.useUriResolver((base, uri) -> null);
            builder.withHtmlContent(html.render(sheet, HtmlSheetRenderer.Flavor.PDF), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("the PDF could not be laid out: " + e.getMessage(), e);
        } finally {
            for (Closeable c : open) {
                try {
                    c.close();
                } catch (IOException e) {
                    // the PDF is written already; a font file that will not close changes nothing in it
                }
            }
        }
    }
}
