package org.prepdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One text value analysed once, replayed as often as needed: a note's body feeds both its own field
 * (with offsets, for highlighting) and the catch-all {@link NoteField#ALL}, and analysis (tokenizing,
 * stemming) is most of the cost of indexing. Immutable once built; each {@link #stream} is a new,
 * single-use token stream.
 */
final class AnalyzedText {
    private static final Analyzer ANALYZER = NoteAnalyzer.forIndex();
    private static final Analyzer NFC_ANALYZER = NoteAnalyzer.forIndexOfNfcText();

    private final String[] terms;
    private final int[] increments;
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private final int finalOffset;

    private AnalyzedText(String[] terms, int[] increments, int[] starts, int[] ends, int size, int finalOffset) {
        this.terms = terms;
        this.increments = increments;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.finalOffset = finalOffset;
    }

    /** Analyses {@code text} with the index analyzer (on the calling thread; analyzers reuse per thread). */
    static AnalyzedText of(String field, String text) {
        String[] terms = new String[16];
        int[] inc = new int[16];
        int[] st = new int[16];
        int[] en = new int[16];
        int n = 0;
        int finalOffset;
        try (TokenStream ts = (NoteAnalyzer.isNfc(text) ? NFC_ANALYZER : ANALYZER).tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == terms.length) {
                    int cap = n * 2;
                    terms = Arrays.copyOf(terms, cap);
                    inc = Arrays.copyOf(inc, cap);
                    st = Arrays.copyOf(st, cap);
                    en = Arrays.copyOf(en, cap);
                }
                terms[n] = term.toString();
                inc[n] = pos.getPositionIncrement();
                st[n] = off.startOffset();
                en[n] = off.endOffset();
                n++;
            }
            ts.end();
            finalOffset = off.endOffset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // reading a String never fails
        }
        return new AnalyzedText(terms, inc, st, en, n, finalOffset);
    }

    /** A fresh token stream replaying the tokens, positions and offsets. */
    TokenStream stream() {
        return new Replay(false);
    }

    /**
     * The same without the unstemmed forms the index analyzer keeps beside stems: those serve the prefix
     * of the word being typed, which is looked for in the catch-all only, so a note's own text fields
     * (the body above all) are indexed with a third fewer tokens.
     */
    TokenStream stemsOnly() {
        return new Replay(true);
    }

    /** Adds the {@linkplain CommonPairs pairs of common words} side by side in this text to {@code out}. */
    void addCommonPairs(java.util.List<String> out) {
        String previous = null;
        int step = 0;
        for (int i = 0; i < size; i++) {
            step += increments[i];
            if (isUnstemmedForm(i)) {
                continue;
            }
            String pair = previous != null && step == 1 ? CommonPairs.pairOf(previous, terms[i]) : null;
            if (pair != null) {
                out.add(pair);
            }
            previous = terms[i];
            step = 0;
        }
    }

    /** A single-use token stream of the given terms, one position each (no offsets). */
    static TokenStream termsOf(java.util.List<String> values) {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                if (next >= values.size()) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(values.get(next++));
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }

    /** Only the index analyzer's word repetition puts a second token at a position: the stem after its word. */
    private boolean isUnstemmedForm(int i) {
        return i + 1 < size && increments[i + 1] == 0;
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
        private final boolean stemsOnly;
        private int next;

        Replay(boolean stemsOnly) {
            this.stemsOnly = stemsOnly;
        }

        @Override
        public boolean incrementToken() {
            int skipped = 0;
            while (next < size && stemsOnly && isUnstemmedForm(next)) {
                skipped += increments[next];   // the stem that follows takes its word's position
                next++;
            }
            if (next >= size) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[next]);
            pos.setPositionIncrement(increments[next] + skipped);
            off.setOffset(starts[next], ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            off.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
