package org.prepdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A forced merge into two segments gives two of about equal size, and a search runs on both at once. */
class HalvesMergePolicyTest {
    @TempDir
    Path dir;

    @Test
    void aForcedMergeIntoTwoGivesTwoHalvesSearchedAsTwoSlices() throws IOException {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try (FSDirectory d = FSDirectory.open(dir)) {
            IndexWriterConfig c = new IndexWriterConfig().setMergePolicy(new HalvesMergePolicy()).setMaxBufferedDocs(37);
            int largest;
            try (IndexWriter w = new IndexWriter(d, c)) {
                for (int i = 0; i < 1000; i++) {
                    Document doc = new Document();
                    doc.add(new Field("all", "note " + i + (i % 3 == 0 ? " fizz" : ""), TextField.TYPE_NOT_STORED));
                    w.addDocument(doc);
                    if (i % 100 == 99) {
                        w.commit();   // uneven segments, as flushes and commits leave them
                    }
                }
                w.commit();
                try (DirectoryReader before = DirectoryReader.open(d)) {
                    assertThat(before.leaves().size()).isGreaterThan(2);
                    largest = before.leaves().stream().mapToInt(l -> l.reader().maxDoc()).max().orElseThrow();
                }
                w.forceMerge(HalvesMergePolicy.PARTS);
                w.commit();
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                assertThat(r.leaves()).hasSize(2);
                int first = r.leaves().get(0).reader().maxDoc();
                int second = r.leaves().get(1).reader().maxDoc();
                assertThat(first + second).isEqualTo(1000);
                // a segment is never split, so the halves differ by at most the largest one
                assertThat(Math.abs(first - second)).as("about equal halves").isLessThanOrEqualTo(largest);
                assertThat(Math.max(first, second)).isLessThan(1000 * 3 / 4);

                IndexSearcher s = SlicedSearcher.factory(helper).newSearcher(r, null);
                assertThat(s.getSlices()).hasSize(2);
                assertThat(s.count(new TermQuery(new Term("all", "fizz")))).isEqualTo(334);
                assertThat(s.search(new TermQuery(new Term("all", "fizz")), 10).scoreDocs).hasSize(10);
            }
        } finally {
            helper.shutdownNow();
        }
    }

    @Test
    void manySmallSegmentsAreSearchedAsTwoBalancedSlices() throws IOException {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try (FSDirectory d = FSDirectory.open(dir)) {
            IndexWriterConfig c = new IndexWriterConfig().setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
            try (IndexWriter w = new IndexWriter(d, c)) {
                for (int i = 0; i < 7; i++) {
                    for (int k = 0; k <= i * 10; k++) {
                        Document doc = new Document();
                        doc.add(new Field("all", "x", TextField.TYPE_NOT_STORED));
                        w.addDocument(doc);
                    }
                    w.commit();
                }
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                assertThat(r.leaves()).hasSize(7);
                IndexSearcher s = SlicedSearcher.factory(helper).newSearcher(r, null);
                assertThat(s.getSlices()).hasSize(2);
                int[] docs = new int[2];
                for (int i = 0; i < 2; i++) {
                    for (LeafReaderContext ctx : s.getSlices()[i].leaves) {
                        docs[i] += ctx.reader().maxDoc();
                    }
                }
                assertThat(docs[0] + docs[1]).isEqualTo(r.maxDoc());
                assertThat(Math.abs(docs[0] - docs[1])).isLessThanOrEqualTo(61);
                assertThat(s.count(new TermQuery(new Term("all", "x")))).isEqualTo(r.maxDoc());
            }
        } finally {
            helper.shutdownNow();
        }
    }
}
