package org.prepdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.prepdesk.model.Text;

/**
 * Plain-text snippets with mark ranges, and the match offsets inside each note field, from Lucene's
 * UnifiedHighlighter reading offsets stored in the postings (no re-analysis of the notes).
 *
 * <p>Speed matters here more than anywhere in a search (it is most of a query's time), hence: each field
 * is one passage (no sentence breaking: the snippet is cut around the first match afterwards, and every
 * match in the field is reported); field text comes from the workspace in memory when the indexed
 * version is current (no stored-field decompression); and prefixes are marked by a plain scan of those
 * twenty texts rather than by walking the index's terms. One instance per search: not thread-safe.
 */
final class Snippets {
    static final int SNIPPET_MAX = 220;
    private static final String ELLIPSIS = "…";
    private static final int MAX_HIGHLIGHT_CHARS = 50_000;

    /**
     * One field's text, the absolute [start, end) ranges of its matches, and how many distinct query
     * terms (or prefixes being typed) those matches are of.
     */
    record Found(String content, int[] matchStarts, int[] matchEnds, int distinctTerms) {
        boolean hasMatches() {
            return matchStarts.length > 0;
        }
    }

    /** What a hit shows: the snippet, its marks and the match offsets in the note's own fields. */
    record Shown(String snippet, List<SearchHit.Span> marks, List<SearchHit.FieldSpan> hits) {
    }

    private static final PassageFormatter KEEP_OFFSETS = new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return new Found(content, new int[0], new int[0], 0);
            }
            Passage p = passages[0];
            int n = p.getNumMatches();
            Set<BytesRef> terms = new HashSet<>();
            for (int m = 0; m < n; m++) {
                terms.add(p.getMatchTerms()[m]);
            }
            return new Found(content, Arrays.copyOf(p.getMatchStarts(), n), Arrays.copyOf(p.getMatchEnds(), n), terms.size());
        }
    };

    /**
     * Each field is one whole passage, so there is nothing to rank: Lucene's scorer would build a hash of
     * the passage's terms (tens of kilobytes) for every field of every hit only to compare it with itself.
     */
    private static final PassageScorer ONE_PASSAGE = new PassageScorer() {
        @Override
        public float score(Passage passage, int contentLength) {
            return passage.getNumMatches();
        }
    };

    /** A doc's text of each field named, from memory; null sends the highlighter to the stored fields. */
    interface FieldTexts {
        CharSequence[] texts(int doc, String[] fields);
    }

    private static final class Highlighter extends UnifiedHighlighter {
        private final FieldTexts texts;

        Highlighter(Builder b, FieldTexts texts) {
            super(b);
            this.texts = texts;
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, passages);
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            return source == OffsetSource.POSTINGS && ForwardPostingsOffsets.handles(components)
                    ? new ForwardPostingsOffsets(components) : super.getOffsetStrategy(source, components);
        }

        /** Lucene merges every segment's field list on each call; the list only changes with the reader. */
        @Override
        protected FieldInfo getFieldInfo(String field) {
            return mergedFieldInfos(searcher.getIndexReader()).fieldInfo(field);
        }

        @Override
        protected PassageScorer getScorer(String field) {
            return ONE_PASSAGE;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                CharSequence[] values = texts.texts(doc, fields);
                if (values == null) {
                    values = super.loadFieldValues(fields, single(doc), cacheCharsThreshold).get(0);
                }
                out.add(values);
            }
            return out;
        }

        private static DocIdSetIterator single(int doc) {
            return new DocIdSetIterator() {
                private int current = -1;

                @Override
                public int docID() {
                    return current;
                }

                @Override
                public int nextDoc() {
                    current = current == -1 ? doc : NO_MORE_DOCS;
                    return current;
                }

                @Override
                public int advance(int target) {
                    current = current == -1 && target <= doc ? doc : NO_MORE_DOCS;
                    return current;
                }

                @Override
                public long cost() {
                    return 1;
                }
            };
        }
    }

    private final Highlighter highlighter;

    private static final Map<IndexReader.CacheKey, FieldInfos> FIELD_INFOS = new ConcurrentHashMap<>();

    /** The merged field list of a reader, kept until the reader closes. */
    static FieldInfos mergedFieldInfos(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return FieldInfos.getMergedFieldInfos(reader);
        }
        FieldInfos cached = FIELD_INFOS.get(helper.getKey());
        if (cached != null) {
            return cached;
        }
        FieldInfos merged = FieldInfos.getMergedFieldInfos(reader);
        if (FIELD_INFOS.putIfAbsent(helper.getKey(), merged) == null) {
            helper.addClosedListener(FIELD_INFOS::remove);
        }
        return merged;
    }

    /** {@code texts} gives a doc's field texts from memory, or null when they may differ from the index. */
    Snippets(IndexSearcher searcher, FieldTexts texts) {
        highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, NoteAnalyzer.forIndex())
                .withFormatter(KEEP_OFFSETS)
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(false)
                .withMaxLength(MAX_HIGHLIGHT_CHARS)
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(WholeBreakIterator::new), texts);
    }

    /** The snippet and match offsets for each of {@code docIds}, in the same order. */
    List<Shown> show(Query highlight, List<String> prefixes, int[] docIds) throws IOException {
        NoteField[] fields = NoteField.HIGHLIGHTED;
        String[] names = new String[fields.length];
        int[] passages = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = fields[i].fieldName();
            passages[i] = 1;
        }
        Map<String, Object[]> byField = highlighter.objects(names, highlight == null ? new MatchNoDocsQuery() : highlight,
                docIds, passages);
        List<Shown> out = new ArrayList<>(docIds.length);
        for (int d = 0; d < docIds.length; d++) {
            List<SearchHit.FieldSpan> hits = new ArrayList<>();
            Found snippetFrom = null;
            Found body = null;
            for (NoteField f : fields) {
                Object[] values = byField.get(f.fieldName());
                Found found = values == null ? null : (Found) values[d];
                if (found == null) {
                    continue;
                }
                found = withPrefixes(found, prefixes);
                if (f == NoteField.BODY) {
                    body = found;
                }
                for (int m = 0; m < found.matchStarts().length; m++) {
                    hits.add(new SearchHit.FieldSpan(f.fieldName(), found.matchStarts()[m], found.matchEnds()[m]));
                }
                // The field with the most distinct query terms shows best why the note matched;
                // on a tie the earlier field (body, then situation, task, action, result) wins.
                if (f != NoteField.TITLE && found.hasMatches()
                        && (snippetFrom == null || found.distinctTerms() > snippetFrom.distinctTerms())) {
                    snippetFrom = found;
                }
            }
            out.add(snippetOf(snippetFrom != null ? snippetFrom : body, hits));
        }
        return out;
    }

    /** Adds the matches of the prefixes being typed: word starts (any character start for CJK). */
    static Found withPrefixes(Found f, List<String> prefixes) {
        if (prefixes.isEmpty() || f.content().isEmpty()) {
            return f;
        }
        int distinct = f.distinctTerms();
        String c = f.content();
        int limit = Math.min(c.length(), MAX_HIGHLIGHT_CHARS);
        List<int[]> ranges = new ArrayList<>();
        for (int m = 0; m < f.matchStarts().length; m++) {
            ranges.add(new int[] {f.matchStarts()[m], f.matchEnds()[m]});
        }
        for (String p : prefixes) {
            boolean cjk = Text.isCjk(p.codePointAt(0));
            int n = p.length();
            int before = ranges.size();
            for (int i = 0; i + n <= limit; i++) {
                // Latin prefixes start words: test only where a word starts.
                if (!cjk && i > 0 && Character.isLetterOrDigit(c.charAt(i - 1)) || !c.regionMatches(true, i, p, 0, n)) {
                    continue;
                }
                int end = i + n;
                while (!cjk && end < c.length() && Character.isLetterOrDigit(c.charAt(end))) {
                    end++;
                }
                ranges.add(new int[] {i, end});
                i = end - 1;
            }
            if (ranges.size() > before) {
                distinct++;
            }
        }
        ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> -r[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            if (!merged.isEmpty() && r[0] < merged.get(merged.size() - 1)[1]) {
                continue;   // overlaps the previous match
            }
            merged.add(r);
        }
        int[] s = new int[merged.size()];
        int[] e = new int[merged.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = merged.get(i)[0];
            e[i] = merged.get(i)[1];
        }
        return new Found(c, s, e, distinct);
    }

    /** Cuts a field to one readable line around its first match, keeping the marks right. */
    static Shown snippetOf(Found f, List<SearchHit.FieldSpan> hits) {
        if (f == null || f.content().isEmpty()) {
            return new Shown("", List.of(), List.copyOf(hits));
        }
        String content = f.content();
        int start = 0;
        if (f.hasMatches() && f.matchStarts()[0] > SNIPPET_MAX / 2) {
            start = wordStart(content, f.matchStarts()[0] - SNIPPET_MAX / 3);
        }
        int end = content.length();
        if (end - start > SNIPPET_MAX) {
            end = wordEnd(content, start + SNIPPET_MAX);
        }
        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        StringBuilder sb = new StringBuilder(end - start + 2);
        int shift = 0;
        if (start > 0) {
            sb.append(ELLIPSIS);
            shift = ELLIPSIS.length();
        }
        for (int i = start; i < end; i++) {
            char c = content.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);  // one line; same length, so marks stay put
        }
        if (end < content.length()) {
            sb.append(ELLIPSIS);
        }
        List<SearchHit.Span> marks = new ArrayList<>();
        for (int m = 0; m < f.matchStarts().length; m++) {
            int ms = f.matchStarts()[m];
            int me = f.matchEnds()[m];
            if (ms >= start && me <= end && ms < me) {
                marks.add(new SearchHit.Span(ms - start + shift, me - start + shift));
            }
        }
        return new Shown(sb.toString(), List.copyOf(marks), List.copyOf(hits));
    }

    private static int wordStart(String s, int at) {
        int i = Math.max(0, Math.min(s.length(), at));
        int floor = Math.max(0, i - 20);
        while (i > floor && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return avoidSplitPair(s, i);
    }

    private static int wordEnd(String s, int at) {
        int i = Math.max(0, Math.min(s.length(), at));
        int ceil = Math.min(s.length(), i + 20);
        while (i < ceil && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return avoidSplitPair(s, i);
    }

    private static int avoidSplitPair(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
    }
}
