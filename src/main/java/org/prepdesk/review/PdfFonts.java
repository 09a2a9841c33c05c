package org.prepdesk.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;

/**
 * Finds TrueType fonts on this computer for the PDF, so any Unicode text (smart quotes, arrows,
 * Chinese) prints as real glyphs; PDF's built-in fonts only cover Latin-1. Looks in the usual font
 * folders of Linux, macOS and Windows; {@code -Dprepdesk.fontDir=DIR} adds a folder to try first.
 * When nothing is found the renderer falls back to the built-in fonts. Thread-safe (immutable).
 */
public final class PdfFonts {
    /**
     * A font file and the CSS family and weight it is registered under; {@code member} names the font
     * to use inside a collection ({@code .ttc}), null for a file holding one font.
     */
    public record Face(Path file, String family, int weight, String member) {
        public Face(Path file, String family, int weight) {
            this(file, family, weight, null);
        }
    }

    public static final String SANS = "PrepDesk Sans";
    public static final String CJK = "PrepDesk CJK";

    private static final List<String> FOLDERS = List.of(
            "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
            "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/droid", "/usr/share/fonts/truetype/noto",
            "/usr/share/fonts/google-droid", "/usr/share/fonts/truetype/arphic", "/usr/share/fonts/truetype/wqy",
            "/Library/Fonts", "/System/Library/Fonts/Supplemental", "/System/Library/Fonts",
            "C:\\Windows\\Fonts");
    private static final List<String[]> SANS_PAIRS = List.of(
            new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"},
            new String[] {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"},
            new String[] {"Arial.ttf", "Arial Bold.ttf"},
            new String[] {"arial.ttf", "arialbd.ttf"});
    // Collections (.ttc) count only when a member has TrueType outlines: PDFBox cannot embed CFF
    // outlines, so the Noto CJK collections most Linux desktops carry are of no use to the PDF.
    private static final List<String> CJK_FILES = List.of("DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",
            "NotoSansSC-Regular.ttf", "wqy-microhei.ttf", "Arial Unicode.ttf", "simhei.ttf", "uming.ttf",
            "wqy-zenhei.ttc", "wqy-microhei.ttc", "uming.ttc", "msyh.ttc", "simsun.ttc");

    private final List<Face> faces;

    private PdfFonts(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    public List<Face> faces() {
        return faces;
    }

    private static volatile PdfFonts found;

    /** The fonts of this computer, looked up once. */
    public static PdfFonts system() {
        PdfFonts f = found;
        if (f == null) {
            f = discover(folders());
            found = f;
        }
        return f;
    }

    static List<Path> folders() {
        List<Path> out = new ArrayList<>();
        String extra = System.getProperty("prepdesk.fontDir");
        if (extra != null && !extra.isBlank()) {
            out.add(Path.of(extra));
        }
        for (String f : FOLDERS) {
            try {
                out.add(Path.of(f));
            } catch (RuntimeException e) {
                // a folder name this platform cannot express: not its fonts
            }
        }
        return out;
    }

    static PdfFonts discover(List<Path> folders) {
        List<Face> faces = new ArrayList<>();
        for (String[] pair : SANS_PAIRS) {
            Optional<Path> regular = find(folders, pair[0]);
            Optional<Path> bold = find(folders, pair[1]);
            if (regular.isPresent() && bold.isPresent()) {
                faces.add(new Face(regular.get(), SANS, 400));
                faces.add(new Face(bold.get(), SANS, 700));
                break;
            }
        }
        for (String name : CJK_FILES) {
            Optional<Path> cjk = find(folders, name);
            String member = null;
            if (cjk.isPresent() && name.endsWith(".ttc")) {
                member = trueTypeMember(cjk.get()).orElse(null);
                if (member == null) {
                    continue;
                }
            }
            if (cjk.isPresent()) {
                // One weight only exists; registering it as bold too keeps bold CJK text from vanishing.
                faces.add(new Face(cjk.get(), CJK, 400, member));
                faces.add(new Face(cjk.get(), CJK, 700, member));
                break;
            }
        }
        return new PdfFonts(faces);
    }

    /** Whether the faces include one for Chinese, Japanese and Korean text. */
    public boolean coversCjk() {
        return faces.stream().anyMatch(f -> f.family().equals(CJK));
    }

    /** The first font in a collection with TrueType (glyf) outlines, the only kind PDFBox can embed. */
    static Optional<String> trueTypeMember(Path collection) {
        try (TrueTypeCollection c = new TrueTypeCollection(collection.toFile())) {
            String[] found = {null};
            c.processAllFonts(f -> {
                boolean cff = f instanceof OpenTypeFont o && o.isPostScript();
                if (found[0] == null && !cff && f.getTableMap().containsKey("glyf")) {
                    found[0] = f.getName();
                }
            });
            return Optional.ofNullable(found[0]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or not a collection: not a font for the PDF
        }
    }

    private static Optional<Path> find(List<Path> folders, String file) {
        for (Path dir : folders) {
            Path p = dir.resolve(file);
            if (Files.isRegularFile(p) && Files.isReadable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
