package org.prepdesk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English and CJK in the same field: Unicode word breaking, full/half-width folding, lower case,
 * CJK bigrams (so 可扩展性 is 可扩 扩展 展性 and a query can ask for them side by side), English
 * possessives and Porter stems ("cached" and "Caching" both give "cach").
 *
 * <p>The index form also keeps each word's unstemmed form at the same position, so typing "cachi"
 * still finds "caching" as a prefix. Queries use the stemmed form only. Tokens are at most
 * {@value #MAX_TOKEN} characters (longer runs are split), far below Lucene's 32 KB term limit.
 * Thread-safe, as every Lucene analyzer.
 */
public final class NoteAnalyzer extends Analyzer {
    static final int MAX_TOKEN = 255;

    private final boolean forIndex;
    private final boolean normalise;

    private NoteAnalyzer(boolean forIndex, boolean normalise) {
        this.forIndex = forIndex;
        this.normalise = normalise;
    }

    /** The analyzer documents are indexed with (stems plus original words). */
    public static NoteAnalyzer forIndex() {
        return new NoteAnalyzer(true, true);
    }

    /** As {@link #forIndex} for text known to be in NFC already (see {@link #isNfc}): no normalising pass. */
    static NoteAnalyzer forIndexOfNfcText() {
        return new NoteAnalyzer(true, false);
    }

    /** The analyzer query words are turned into terms with (stems only). */
    public static NoteAnalyzer forQuery() {
        return new NoteAnalyzer(false, true);
    }

    /** Composed and decomposed forms of a word are one term (see {@link NfcCharFilter}). */
    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return normalise ? new NfcCharFilter(reader) : reader;
    }

    /**
     * True when {@code s} is in Unicode NFC. Nothing below U+0300 changes under NFC, so English text is
     * answered by one scan, without the normaliser.
     */
    static boolean isNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x300) {
                return java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC);
            }
        }
        return true;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(MAX_TOKEN);
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts);
        ts = new EnglishPossessiveFilter(ts);
        if (forIndex) {
            ts = new KeywordRepeatFilter(ts);
        }
        ts = new PorterStemFilter(ts);
        if (forIndex) {
            ts = new SameStemFilter(ts);
        }
        return new TokenStreamComponents(source, ts);
    }

    /** Values of one field (cues, the catch-all's parts) stand apart: no phrase spans two of them. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }

    static final int POSITION_GAP = 100;

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
