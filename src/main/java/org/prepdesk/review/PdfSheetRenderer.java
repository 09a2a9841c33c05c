package org.prepdesk.review;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

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

    private final HtmlSheetRenderer html = new HtmlSheetRenderer();
    private final PdfFonts fonts;

    public PdfSheetRenderer() {
        this(PdfFonts.system());
    }

    public PdfSheetRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(sheet, out);
        return out.toByteArray();
    }

    public void render(Sheet sheet, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (PdfFonts.Face f : fonts.faces()) {
            builder.useFont(f.file().toFile(), f.family(), f.weight(), PdfRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withProducer("PrepDesk");
        // The document names no outside resource; refusing every URI makes sure none is ever fetched.
        builder.useUriResolver((base, uri) -> null);
        builder.withHtmlContent(html.render(sheet, HtmlSheetRenderer.Flavor.PDF), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("the PDF could not be laid out: " + e.getMessage(), e);
        }
    }
}
