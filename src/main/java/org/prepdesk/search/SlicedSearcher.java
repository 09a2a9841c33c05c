package org.prepdesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that splits each search into at most {@link HalvesMergePolicy#PARTS} slices of about equal
 * size, searched at the same time (the calling thread takes one). Lucene's default slicing keeps an index
 * of this size in one slice. Thread-safe, as every IndexSearcher.
 */
final class SlicedSearcher extends IndexSearcher {
    SlicedSearcher(IndexReader reader, Executor executor) {
        super(reader, executor);
    }

    /** Makes a sliced searcher for each new near-real-time reader. */
    static SearcherFactory factory(Executor executor) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new SlicedSearcher(reader, executor);
            }
        };
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        if (leaves.size() <= 1) {
            return leaves.isEmpty() ? new LeafSlice[0] : new LeafSlice[] {new LeafSlice(new ArrayList<>(leaves))};
        }
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext c) -> c.reader().maxDoc()).reversed());
        List<List<LeafReaderContext>> parts = new ArrayList<>();
        long[] docs = new long[HalvesMergePolicy.PARTS];
        for (int i = 0; i < HalvesMergePolicy.PARTS; i++) {
            parts.add(new ArrayList<>());
        }
        for (LeafReaderContext c : bySize) {
            int lightest = 0;
            for (int i = 1; i < docs.length; i++) {
                if (docs[i] < docs[lightest]) {
                    lightest = i;
                }
            }
            parts.get(lightest).add(c);
            docs[lightest] += c.reader().maxDoc();
        }
        return parts.stream().filter(p -> !p.isEmpty()).map(LeafSlice::new).toArray(LeafSlice[]::new);
    }
}
