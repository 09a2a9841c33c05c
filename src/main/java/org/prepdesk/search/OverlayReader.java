package org.prepdesk.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * A read-only view for a command run while a window writes the index: the window's last commit with the
 * notes changed since hidden, plus a small in-memory index of their current versions. Saves indexing
 * every note again when only a few changed. Immutable once built; thread-safe like any Lucene reader.
 */
final class OverlayReader {
    private OverlayReader() {
    }

    /** {@code disk} without the notes whose ids are in {@code hidden}, then {@code fresh}. Takes both readers. */
    static IndexReader of(DirectoryReader disk, Set<String> hidden, DirectoryReader fresh) throws IOException {
        DirectoryReader filtered = new FilterDirectoryReader(disk, new FilterDirectoryReader.SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                try {
                    return new HidingLeaf(reader, hidden);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }) {
            @Override
            protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) {
                throw new UnsupportedOperationException("a snapshot is never reopened");
            }

            @Override
            public CacheHelper getReaderCacheHelper() {
                return null;   // live docs differ from the wrapped reader's
            }
        };
        return new MultiReader(filtered, fresh);
    }

    /** A segment with some notes marked deleted. */
    private static final class HidingLeaf extends FilterLeafReader {
        private final FixedBitSet live;
        private final int numDocs;

        HidingLeaf(LeafReader in, Set<String> hidden) throws IOException {
            super(in);
            int max = in.maxDoc();
            live = new FixedBitSet(max);
            Bits old = in.getLiveDocs();
            for (int d = 0; d < max; d++) {
                if (old == null || old.get(d)) {
                    live.set(d);
                }
            }
            BinaryDocValues ids = in.getBinaryDocValues(NoteField.ID.fieldName());
            if (ids != null) {
                for (int d = ids.nextDoc(); d != BinaryDocValues.NO_MORE_DOCS; d = ids.nextDoc()) {
                    if (hidden.contains(ids.binaryValue().utf8ToString())) {
                        live.clear(d);
                    }
                }
            }
            numDocs = live.cardinality();
        }

        @Override
        public Bits getLiveDocs() {
            return live;
        }

        @Override
        public int numDocs() {
            return numDocs;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    /** A searcher over a reader that never changes, in the shape NoteIndex expects. */
    static final class Fixed extends ReferenceManager<IndexSearcher> {
        Fixed(IndexReader reader) {
            current = new IndexSearcher(reader);
        }

        @Override
        protected void decRef(IndexSearcher reference) throws IOException {
            reference.getIndexReader().decRef();
        }

        @Override
        protected IndexSearcher refreshIfNeeded(IndexSearcher referenceToRefresh) {
            return null;
        }

        @Override
        protected boolean tryIncRef(IndexSearcher reference) {
            return reference.getIndexReader().tryIncRef();
        }

        @Override
        protected int getRefCount(IndexSearcher reference) {
            return reference.getIndexReader().getRefCount();
        }
    }
}
