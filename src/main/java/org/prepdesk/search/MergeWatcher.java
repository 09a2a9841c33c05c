package org.prepdesk.search;

import java.io.IOException;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;

/**
 * Lucene's concurrent merge scheduler that says when a merge has finished, so the index can make the
 * merged segment searchable and commit it rather than wait for the next save to do so. Thread-safe: merges
 * run on Lucene's merge threads and the callback runs there.
 */
final class MergeWatcher extends ConcurrentMergeScheduler {
    private volatile Runnable afterMerge = () -> { };

    void onMerged(Runnable r) {
        afterMerge = r == null ? () -> { } : r;
    }

    @Override
    protected void doMerge(MergeSource mergeSource, MergePolicy.OneMerge merge) throws IOException {
        super.doMerge(mergeSource, merge);
        afterMerge.run();
    }
}
