package org.prepdesk.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Plain-text snippets with mark ranges, and the match offsets inside each note field, from Lucene's
 * UnifiedHighlighter reading offsets stored in the postings (no re-analysis of the notes).
 * One instance per search: not thread-safe, cheap to make.
 */
final class Snippets {
    static final int SNIPPET_GOAL = 160;
    static final int SNIPPET_MAX = 240;
    private static final String ELLIPSIS = "…";

    /** One field's best passage: its [start, end) in the field text and the absolute match ranges. */
    record Found(String content, int start, int end, int[] matchStarts, int[] matchEnds) {
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
                return null;
            }
            Passage p = passages[0];
            int n = p.getNumMatches();
            int[] s = new int[n];
            int[] e = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = p.getMatchStarts()[i];
                e[i] = p.getMatchEnds()[i];
            }
            return new Found(content, p.getStartOffset(), p.getEndOffset(), s, e);
        }
    };

    /** Opens up the object-returning call, which the formatter above needs. */
    private static final class Highlighter extends UnifiedHighlighter {
        private final boolean reanalyse;

        Highlighter(Builder b, boolean reanalyse) {
            super(b);
            this.reanalyse = reanalyse;
        }

        /**
         * Offsets come from the postings, except for prefix queries: matching a prefix against the
         * postings means walking every term of the field for every hit, while re-analysing twenty
         * stored snippets' fields is cheap.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return reanalyse ? OffsetSource.ANALYSIS : super.getOffsetSource(field);
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, passages);
        }
    }

    private static final NoteAnalyzer ANALYZER = NoteAnalyzer.forIndex();

    private final Highlighter highlighter;

    Snippets(IndexSearcher searcher, Query query) {
        highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, ANALYZER)
                .withWeightMatches(false)
                .withFormatter(KEEP_OFFSETS)
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(true)
                .withMaxLength(50_000)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_GOAL, 0.5f)), hasMultiTerm(query));
    }

    private static boolean hasMultiTerm(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** The snippet and match offsets for each of {@code docIds}, in the same order. */
    List<Shown> show(Query query, int[] docIds) throws IOException {
        NoteField[] fields = NoteField.HIGHLIGHTED;
        String[] names = new String[fields.length];
        int[] passages = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = fields[i].fieldName();
            passages[i] = 1;
        }
        Map<String, Object[]> byField = highlighter.objects(names, query, docIds, passages);
        List<Shown> out = new ArrayList<>(docIds.length);
        for (int d = 0; d < docIds.length; d++) {
            List<SearchHit.FieldSpan> hits = new ArrayList<>();
            Found snippetFrom = null;
            for (NoteField f : fields) {
                Object[] values = byField.get(f.fieldName());
                Found found = values == null ? null : (Found) values[d];
                if (found == null) {
                    continue;
                }
                for (int m = 0; m < found.matchStarts().length; m++) {
                    hits.add(new SearchHit.FieldSpan(f.fieldName(), found.matchStarts()[m], found.matchEnds()[m]));
                }
                if (f != NoteField.TITLE && found.hasMatches() && snippetFrom == null) {
                    snippetFrom = found;
                }
            }
            if (snippetFrom == null) {
                Object[] bodies = byField.get(NoteField.BODY.fieldName());
                snippetFrom = bodies == null ? null : (Found) bodies[d];
            }
            out.add(snippetOf(snippetFrom, hits));
        }
        return out;
    }

    /** Cuts a passage to one readable line around its first match, keeping the marks right. */
    static Shown snippetOf(Found f, List<SearchHit.FieldSpan> hits) {
        if (f == null || f.content().isEmpty()) {
            return new Shown("", List.of(), List.copyOf(hits));
        }
        String content = f.content();
        int start = clamp(f.start(), 0, content.length());
        int end = clamp(f.end(), start, content.length());
        if (f.hasMatches() && f.matchStarts()[0] - start > SNIPPET_MAX / 2) {
            start = wordStart(content, f.matchStarts()[0] - SNIPPET_MAX / 3);
        }
        if (end - start > SNIPPET_MAX) {
            end = wordEnd(content, start + SNIPPET_MAX);
        }
        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        StringBuilder sb = new StringBuilder();
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
        int i = clamp(at, 0, s.length());
        int floor = Math.max(0, i - 20);
        while (i > floor && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return avoidSplitPair(s, i);
    }

    private static int wordEnd(String s, int at) {
        int i = clamp(at, 0, s.length());
        int ceil = Math.min(s.length(), i + 20);
        while (i < ceil && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return avoidSplitPair(s, i);
    }

    private static int avoidSplitPair(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
