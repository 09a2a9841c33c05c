package org.prepdesk.search;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Puts text in Unicode NFC before it is split into words, so that "café" typed as one code point and
 * "cafe" + a combining accent (NFD: macOS, some pasted text) give the same term. Offsets are corrected
 * back to the original text, so highlights still point into the note as written.
 *
 * <p>Text already in NFC (nearly all of it) passes through unchanged. Otherwise each run of a base
 * character and the combining marks (and Hangul vowel/final jamo) after it is normalised on its own.
 * Not thread-safe, as every Lucene CharFilter (one per token stream).
 */
final class NfcCharFilter extends BaseCharFilter {
    private String text;   // the normalised text, read lazily on the first read
    private int pos;

    NfcCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (text == null) {
            text = normalise(readAll(input));
        }
        if (pos >= text.length()) {
            return -1;
        }
        int n = Math.min(len, text.length() - pos);
        text.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }

    private static String readAll(Reader r) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = r.read(buf)) != -1; ) {
            b.append(buf, 0, n);
        }
        return b.toString();
    }

    private String normalise(String in) {
        if (Normalizer.isNormalized(in, Normalizer.Form.NFC)) {
            return in;
        }
        StringBuilder out = new StringBuilder(in.length());
        int diff = 0;
        int i = 0;
        while (i < in.length()) {
            int end = i + Character.charCount(in.codePointAt(i));
            while (end < in.length() && combines(in.codePointAt(end))) {
                end += Character.charCount(in.codePointAt(end));
            }
            String run = in.substring(i, end);
            String nfc = Normalizer.normalize(run, Normalizer.Form.NFC);
            out.append(nfc);
            if (nfc.length() != run.length()) {
                diff += run.length() - nfc.length();
                addOffCorrectMap(out.length(), diff);
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean combines(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK
                || cp >= 0x1160 && cp <= 0x11FF;   // Hangul medial vowels and final consonants join the syllable before
    }
}
