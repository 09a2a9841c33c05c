package org.prepdesk.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The file formats a sheet is written in, with their usual file-name extensions. */
public enum SheetFormat {
    HTML("html", "HTML page"),
    MARKDOWN("md", "Markdown"),
    PDF("pdf", "PDF");

    private final String extension;
    private final String label;

    SheetFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** "html", "md"/"markdown", "pdf". */
    public static Optional<SheetFormat> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "html", "htm" -> Optional.of(HTML);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "pdf" -> Optional.of(PDF);
            default -> Optional.empty();
        };
    }

    /** The format a file name's extension asks for, if any. */
    public static Optional<SheetFormat> fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : fromName(fileName.substring(dot + 1));
    }

    /** What the file of this format will lack, as a one-line warning (a PDF without a font for CJK text). */
    public Optional<String> warning(Sheet sheet) {
        return this == PDF ? new PdfSheetRenderer().missingFont(sheet) : Optional.empty();
    }

    /** The sheet as the bytes of a file of this format. */
    public byte[] render(Sheet sheet) throws IOException {
        return switch (this) {
            case HTML -> new HtmlSheetRenderer().render(sheet, HtmlSheetRenderer.Flavor.FILE)
                    .getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> new MarkdownSheetRenderer().render(sheet).getBytes(StandardCharsets.UTF_8);
            case PDF -> new PdfSheetRenderer().render(sheet);
        };
    }
}
