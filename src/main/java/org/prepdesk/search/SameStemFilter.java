package org.prepdesk.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops a stem that equals the word it was made from ("team" stems to "team"), so the word is indexed
 * once at its position. Lucene's general filter for this keeps a set per position; here the word and its
 * stem always come as a pair, so comparing with the token before is enough, and far cheaper on the
 * indexing path. Not thread-safe, as every token filter.
 */
final class SameStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
    private char[] previous = new char[32];
    private int previousLength = -1;

    SameStemFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            int len = term.length();
            if (pos.getPositionIncrement() == 0 && len == previousLength
                    && Arrays.equals(previous, 0, len, term.buffer(), 0, len)) {
                continue;
            }
            if (previous.length < len) {
                previous = new char[Math.max(len, previous.length * 2)];
            }
            System.arraycopy(term.buffer(), 0, previous, 0, len);
            previousLength = len;
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previousLength = -1;
    }
}
