package org.prepdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Lucene's tiered merging, except that a forced merge into {@value #PARTS} segments makes them of about
 * equal size: each search runs on both halves at once, one per core ({@link SlicedSearcher}), so the
 * slowest searches take half the time. Lucene's own forced merge leaves one large segment and one small.
 * Stateless and thread-safe.
 */
final class HalvesMergePolicy extends FilterMergePolicy {
    static final int PARTS = 2;

    HalvesMergePolicy() {
        super(new TieredMergePolicy());
    }

    @Override
    public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
            Map<SegmentCommitInfo, Boolean> segmentsToMerge, MergeContext context) throws IOException {
        if (maxSegmentCount != PARTS || !context.getMergingSegments().isEmpty()) {
            return super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
        }
        List<SegmentCommitInfo> segments = new ArrayList<>();
        for (SegmentCommitInfo s : infos) {
            if (segmentsToMerge.containsKey(s)) {
                segments.add(s);
            }
        }
        if (segments.size() <= PARTS) {
            return null;
        }
        // Largest first into the lighter half: two halves within one segment's size of each other.
        segments.sort(Comparator.comparingLong(HalvesMergePolicy::bytes).reversed());
        List<List<SegmentCommitInfo>> halves = List.of(new ArrayList<>(), new ArrayList<>());
        long[] weight = new long[PARTS];
        for (SegmentCommitInfo s : segments) {
            int lighter = weight[0] <= weight[1] ? 0 : 1;
            halves.get(lighter).add(s);
            weight[lighter] += bytes(s);
        }
        MergeSpecification spec = new MergeSpecification();
        for (List<SegmentCommitInfo> half : halves) {
            if (half.size() > 1) {
                spec.add(new OneMerge(half));
            }
        }
        return spec.merges.isEmpty() ? null : spec;
    }

    private static long bytes(SegmentCommitInfo s) {
        try {
            return s.sizeInBytes();
        } catch (IOException e) {
            return 0;
        }
    }
}
