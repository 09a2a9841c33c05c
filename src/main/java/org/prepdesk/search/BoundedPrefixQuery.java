package org.prepdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The word being typed, as a prefix: rewritten to the {@code maxTerms} terms starting with it that occur
 * in the most notes, matched with a constant score. A short prefix ("mi") can start thousands of terms;
 * a {@code PrefixQuery} would read the postings of every one of them, which at 100,000 notes is most of a
 * query's time. The common completions are the likely ones; a rare word is found once one more letter
 * narrows the prefix, or when the word is finished. Immutable; thread-safe.
 */
final class BoundedPrefixQuery extends Query {
    /** Terms of the prefix looked at per index segment, at most: bounds the rewrite itself. */
    private static final int MAX_SCANNED = 20_000;

    private final Term prefix;
    private final int maxTerms;

    BoundedPrefixQuery(Term prefix, int maxTerms) {
        this.prefix = Objects.requireNonNull(prefix);
        this.maxTerms = maxTerms;
    }

    Term prefix() {
        return prefix;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        BytesRef p = prefix.bytes();
        Map<BytesRef, TermStates> found = new HashMap<>();
        Map<BytesRef, long[]> docFreq = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(prefix.field());
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (te.seekCeil(p) == TermsEnum.SeekStatus.END) {
                continue;
            }
            int scanned = 0;
            for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, p) && scanned < MAX_SCANNED;
                    t = te.next(), scanned++) {
                BytesRef key = BytesRef.deepCopyOf(t);
                TermStates states = found.computeIfAbsent(key, k -> new TermStates(reader.getContext()));
                states.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
                docFreq.computeIfAbsent(key, k -> new long[1])[0] += te.docFreq();
            }
        }
        if (found.isEmpty()) {
            return new MatchNoDocsQuery("no term starts with " + prefix.text());
        }
        List<BytesRef> chosen = new ArrayList<>(docFreq.keySet());
        chosen.sort((a, b) -> {
            int c = Long.compare(docFreq.get(b)[0], docFreq.get(a)[0]);
            return c != 0 ? c : a.compareTo(b);
        });
        if (chosen.size() > maxTerms) {
            chosen = chosen.subList(0, maxTerms);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (BytesRef t : chosen) {
            b.add(new TermQuery(new Term(prefix.field(), t), found.get(t)), Occur.SHOULD);
        }
        return new ConstantScoreQuery(b.build());
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(prefix.field())) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return (prefix.field().equals(field) ? "" : prefix.field() + ":") + prefix.text() + "*";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && prefix.equals(((BoundedPrefixQuery) o).prefix) && maxTerms == ((BoundedPrefixQuery) o).maxTerms;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + prefix.hashCode() * 7 + maxTerms;
    }
}
