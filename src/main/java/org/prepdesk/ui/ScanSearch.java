package org.prepdesk.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.prepdesk.model.Note;
import org.prepdesk.search.SearchHit;
import org.prepdesk.search.SearchResult;
import org.prepdesk.store.Workspace;

/**
 * A stand-in search until the Lucene index is merged: a case-insensitive scan of every note for
 * all the query's words (field prefixes and quotes are ignored, "-word" excludes). Enough to
 * drive the search view for real. Stateless apart from the workspace; thread-safe.
 */
final class ScanSearch implements NoteSearch {
    private static final int SNIPPET = 140;
    private static final String[] FIELDS = {"title", "cue", "situation", "task", "action", "result", "body"};
    private static final float[] WEIGHT = {4f, 3f, 1.5f, 1.5f, 1.5f, 1.5f, 1f};
    private final Workspace ws;

    ScanSearch(Workspace ws) {
        this.ws = ws;
    }

    @Override
    public SearchResult search(String query, int limit) {
        List<String> want = new ArrayList<>();
        List<String> not = new ArrayList<>();
        for (String raw : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            String w = raw.replace("\"", "");
            int colon = w.indexOf(':');
            if (colon >= 0) {
                w = w.substring(colon + 1);
            }
            if (w.equals("or") || w.isEmpty() || w.equals("-")) {
                continue;
            }
            if (w.startsWith("-")) {
                not.add(w.substring(1));
            } else {
                want.add(w);
            }
        }
        if (want.isEmpty()) {
            return SearchResult.empty(query);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Note n : ws.notes()) {
            SearchHit h = match(n, want, not);
            if (h != null) {
                hits.add(h);
            }
        }
        hits.sort(Comparator.comparingDouble((SearchHit h) -> -h.score()).thenComparing(SearchHit::title));
        return new SearchResult(query, null, hits.subList(0, Math.min(limit, hits.size())), hits.size());
    }

    @Override
    public void close() {
        // nothing held
    }

    private SearchHit match(Note n, List<String> want, List<String> not) {
        String[] texts = {n.title(), String.join(", ", n.cues()), n.star().situation(), n.star().task(),
                n.star().action(), n.star().result(), n.body()};
        String[] lower = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            lower[i] = texts[i].toLowerCase(Locale.ROOT);
        }
        String section = ws.sectionPath(n.sectionId());
        String sectionLower = section.toLowerCase(Locale.ROOT);
        for (String w : not) {
            for (String l : lower) {
                if (l.contains(w)) {
                    return null;
                }
            }
        }
        float score = 0;
        List<SearchHit.FieldSpan> spans = new ArrayList<>();
        for (String w : want) {
            boolean found = sectionLower.contains(w);
            float s = found ? 0.5f : 0f;
            for (int i = 0; i < lower.length; i++) {
                int at = lower[i].indexOf(w);
                if (at >= 0) {
                    found = true;
                    s += WEIGHT[i];
                    spans.add(new SearchHit.FieldSpan(FIELDS[i].equals("cue") ? "cues" : FIELDS[i], at, at + w.length()));
                }
            }
            if (!found) {
                return null;
            }
            score += s;
        }
        spans.sort(Comparator.comparingInt((SearchHit.FieldSpan f) -> order(f.field())).thenComparingInt(
                SearchHit.FieldSpan::start));
        String snippetSource = n.body();
        int snippetField = 6;
        for (SearchHit.FieldSpan f : spans) {
            if (!f.field().equals("title")) {
                snippetField = order(f.field());
                snippetSource = texts[snippetField];
                break;
            }
        }
        return snippet(n, section, score, texts[snippetField].isEmpty() ? n.body() : snippetSource,
                want, spans);
    }

    private static int order(String field) {
        for (int i = 0; i < FIELDS.length; i++) {
            if (FIELDS[i].equals(field) || (FIELDS[i].equals("cue") && field.equals("cues"))) {
                return i;
            }
        }
        return FIELDS.length;
    }

    private static SearchHit snippet(Note n, String section, float score, String text, List<String> want,
                                     List<SearchHit.FieldSpan> spans) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = Integer.MAX_VALUE;
        for (String w : want) {
            int at = lower.indexOf(w);
            if (at >= 0) {
                first = Math.min(first, at);
            }
        }
        int start = first == Integer.MAX_VALUE ? 0 : Math.max(0, first - SNIPPET / 3);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && first - start < SNIPPET / 2) {
            start--;
        }
        int end = Math.min(text.length(), start + SNIPPET);
        String snip = text.substring(start, end).replace('\n', ' ');
        String snipLower = snip.toLowerCase(Locale.ROOT);
        List<SearchHit.Span> marks = new ArrayList<>();
        for (String w : want) {
            for (int at = snipLower.indexOf(w); at >= 0; at = snipLower.indexOf(w, at + w.length())) {
                marks.add(new SearchHit.Span(at, at + w.length()));
            }
        }
        marks.sort(Comparator.comparingInt(SearchHit.Span::start));
        String prefix = start > 0 ? "…" : "";
        List<SearchHit.Span> shifted = marks.stream()
                .map(m -> new SearchHit.Span(m.start() + prefix.length(), m.end() + prefix.length())).toList();
        return new SearchHit(n.id(), n.title(), n.kind(), section, n.tags(), score,
                prefix + snip + (end < text.length() ? "…" : ""), shifted, spans);
    }
}
