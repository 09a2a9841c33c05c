package org.prepdesk.outline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 0 of the import: bytes to text. Refuses what is not an outline (missing, a folder, empty,
 * over {@link #MAX_BYTES}, binary) with a one-line {@link OutlineException}; decodes invalid UTF-8
 * leniently (U+FFFD) and says so in a warning. Stateless.
 */
public final class TextDecoder {
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private TextDecoder() {
    }

    public static DecodedText read(Path file) {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new OutlineException(name + " is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new OutlineException("no such file: " + file);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new OutlineException(name + " is larger than 20 MB (" + (size / (1024 * 1024))
                        + " MB); split it into smaller files");
            }
            return decode(name, Files.readAllBytes(file));
        } catch (AccessDeniedException e) {
            throw new OutlineException("cannot read " + name + ": permission denied");
        } catch (IOException e) {
            throw new OutlineException("cannot read " + name + ": " + firstLine(e.getMessage()));
        }
    }

    public static DecodedText decode(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new OutlineException(name + " is larger than 20 MB; split it into smaller files");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (looksUtf16(bytes)) {
            throw new OutlineException(name + " looks like UTF-16 text; save it as UTF-8 and import again");
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new OutlineException(name + " is a binary file (it holds NUL bytes), not a text outline");
            }
        }
        List<String> warnings = new ArrayList<>();
        String text;
        int replaced = 0;
        try {
            text = strict().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            replaced = (int) text.chars().filter(c -> c == '\uFFFD').count();
        }
        if (text.isBlank()) {
            throw new OutlineException(name + " is empty: there is nothing to import");
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if ((replaced + control) * 10 > Math.max(visible, 1) * 3) {
            throw new OutlineException(name + " does not look like text (mostly undecodable bytes); nothing was imported");
        }
        if (replaced > 0) {
            warnings.add(name + " is not valid UTF-8: " + replaced + (replaced == 1 ? " byte sequence was" : " byte sequences were")
                    + " replaced with \uFFFD; check those places");
        }
        return new DecodedText(name, text, warnings);
    }

    private static CharsetDecoder strict() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean looksUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }

}
