package org.prepdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Match offsets of plain query terms read from the postings, for one field of the hits of one search.
 *
 * <p>Lucene's own strategy looks each term up in the terms dictionary again for every hit (twenty hits,
 * six fields, a few terms: hundreds of dictionary seeks and postings readers per search, most of a
 * search's time). The highlighter visits hits in increasing document order, so here each term is looked
 * up once per index segment and its postings only move forward from hit to hit. Used for fields whose
 * query part is position-insensitive (no phrase); phrases keep Lucene's strategy. One instance per field
 * per search: not thread-safe.
 */
final class ForwardPostingsOffsets extends FieldOffsetStrategy {
    private final BytesRef[] terms;
    private LeafReader leaf;
    private PostingsEnum[] postings;   // per term, for the current segment; null where the term is absent
    private int lastDoc = -1;

    ForwardPostingsOffsets(UHComponents components) {
        super(components);
        this.terms = components.getTerms();
    }

    /** True when this strategy can answer for the field: only plain terms, no phrase or wildcard part. */
    static boolean handles(UHComponents c) {
        return !c.getPhraseHelper().hasPositionSensitivity() && c.getAutomata().length == 0
                && !c.hasUnrecognizedQueryPart();
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
        return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
        if (terms.length == 0) {
            return OffsetsEnum.EMPTY;
        }
        if (reader != leaf || docId <= lastDoc) {
            seek(reader);   // a new segment, or (never expected) a document out of order: start over
        }
        lastDoc = docId;
        List<OffsetsEnum> found = new ArrayList<>(terms.length);
        for (int i = 0; i < terms.length; i++) {
            PostingsEnum p = postings[i];
            if (p == null) {
                continue;
            }
            int at = p.docID() < docId ? p.advance(docId) : p.docID();
            if (at == docId) {
                found.add(new OffsetsEnum.OfPostings(terms[i], p));
            }
        }
        return switch (found.size()) {
            case 0 -> OffsetsEnum.EMPTY;
            case 1 -> found.get(0);
            default -> new OffsetsEnum.MultiOffsetsEnum(found);
        };
    }

    private void seek(LeafReader reader) throws IOException {
        leaf = reader;
        lastDoc = -1;
        postings = new PostingsEnum[terms.length];
        Terms indexed = reader.terms(getField());
        if (indexed == null || !indexed.hasOffsets()) {
            return;
        }
        TermsEnum te = indexed.iterator();
        for (int i = 0; i < terms.length; i++) {
            if (te.seekExact(terms[i])) {
                postings[i] = te.postings(null, PostingsEnum.OFFSETS);
            }
        }
    }
}
