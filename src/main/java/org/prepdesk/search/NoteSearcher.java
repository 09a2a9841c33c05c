package org.prepdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;

/**
 * Answers queries against whatever searcher the index holds now: translates the query, falls back to the
 * typo-corrected one when nothing matches, and turns the top documents into {@link SearchHit}s with
 * snippets and match offsets ({@link Snippets}), taking the text from the workspace's notes whenever they
 * are exactly what was indexed.
 *
 * <p>Thread-safe: any number of threads may search at once; a search never waits for indexing.
 */
final class NoteSearcher {
    private static final int MAX_LIMIT = 1000;
    private static final Set<String> STORED_FOR_HIT = Set.of(NoteField.ID.fieldName(), NoteField.TITLE.fieldName(),
            NoteField.KIND.fieldName(), NoteField.TAG.fieldName(), NoteField.SECTION.fieldName());

    private final IndexState state;
    private final IndexChecks checks;
    private final QueryTranslator translator = new QueryTranslator();
    private final TypoCorrector corrector = new TypoCorrector(translator);

    NoteSearcher(IndexState state, IndexChecks checks) {
        this.state = state;
        this.checks = checks;
    }

    /** Searches with the query language of DESIGN §4; never throws, whatever the text. */
    SearchResult search(String query, int limit) {
        String text = query == null ? "" : query;
        int n = Math.max(1, Math.min(MAX_LIMIT, limit));
        IndexSearcher s = null;
        try {
            QueryTranslator.Translation t = translator.translate(text);
            if (t.query() == null || state.closed) {
                return SearchResult.empty(text);
            }
            s = state.searchers.acquire();
            TopDocs top = s.search(t.query(), n);
            String corrected = null;
            if (top.scoreDocs.length == 0) {
                corrected = corrector.correct(s.getIndexReader(), t);
                if (corrected == null) {
                    return SearchResult.empty(text);
                }
                t = translator.translate(corrected);
                if (t.query() == null) {
                    return SearchResult.empty(text);
                }
                top = s.search(t.query(), n);
                if (top.scoreDocs.length == 0) {
                    return SearchResult.empty(text);
                }
            }
            return new SearchResult(text, corrected, hits(s, t, top), top.totalHits.value,
                    top.totalHits.relation == TotalHits.Relation.EQUAL_TO);
        } catch (IOException | RuntimeException e) {
            if (!state.closed) {
                IndexState.LOG.log(System.Logger.Level.WARNING, "search failed: " + e);
                if (!(e instanceof IndexSearcher.TooManyClauses)) {
                    state.execute(checks::verifyIntegrity);
                }
            }
            return SearchResult.empty(text);
        } finally {
            state.release(s);
        }
    }

    private List<SearchHit> hits(IndexSearcher s, QueryTranslator.Translation t, TopDocs top) throws IOException {
        int[] docIds = new int[top.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = top.scoreDocs[i].doc;
        }
        Map<Integer, Note> current = new HashMap<>();
        Map<String, String> paths = new HashMap<>();   // section paths, built once per search
        Note[] notes = new Note[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            notes[i] = currentNote(s, docIds[i], paths);
            if (notes[i] != null) {
                current.put(docIds[i], notes[i]);
            }
        }
        Snippets.FieldTexts texts = (doc, fields) -> {
            Note n = current.get(doc);
            if (n == null) {
                return null;
            }
            CharSequence[] values = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                values[f] = switch (fields[f]) {
                    case "title" -> n.title();
                    case "body" -> n.body();
                    case "situation" -> n.star().situation();
                    case "task" -> n.star().task();
                    case "action" -> n.star().action();
                    case "result" -> n.star().result();
                    default -> null;
                };
                if (values[f] == null) {
                    return null;
                }
            }
            return values;
        };
        List<Snippets.Shown> shown = new Snippets(s, texts).show(t.highlight(), t.prefixes(), docIds);
        List<SearchHit> out = new ArrayList<>(docIds.length);
        StoredFields stored = null;
        for (int i = 0; i < docIds.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Snippets.Shown sh = shown.get(i);
            Note n = notes[i];
            if (n != null) {
                out.add(new SearchHit(n.id(), n.title(), n.kind(), paths.get(n.sectionId()), n.tags(), sd.score,
                        sh.snippet(), sh.marks(), sh.hits()));
                continue;
            }
            if (stored == null) {
                stored = s.storedFields();
            }
            Document d = stored.document(sd.doc, STORED_FOR_HIT);
            out.add(new SearchHit(d.get(NoteField.ID.fieldName()), nonNull(d.get(NoteField.TITLE.fieldName())),
                    Kind.fromId(d.get(NoteField.KIND.fieldName())).orElse(Kind.NOTE),
                    nonNull(d.get(NoteField.SECTION.fieldName())), List.of(d.getValues(NoteField.TAG.fieldName())),
                    sd.score, sh.snippet(), sh.marks(), sh.hits()));
        }
        return out;
    }

    /**
     * The workspace's note for a hit when it is exactly what was indexed (same fingerprint), so its text
     * can stand in for the stored fields; null when the index lags behind or the note is gone.
     */
    private Note currentNote(IndexSearcher s, int doc, Map<String, String> paths) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues ids = ctx.reader().getBinaryDocValues(NoteField.ID.fieldName());
        NumericDocValues stamps = ctx.reader().getNumericDocValues(NoteField.STAMP.fieldName());
        int local = doc - ctx.docBase;
        if (ids == null || stamps == null || !ids.advanceExact(local) || !stamps.advanceExact(local)) {
            return null;
        }
        Note n = state.ws.note(ids.binaryValue().utf8ToString()).orElse(null);
        if (n == null || NoteDocuments.stamp(n, paths.computeIfAbsent(n.sectionId(), state.ws::sectionPath)) != stamps.longValue()) {
            return null;
        }
        return n;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** How many notes the index holds (for status lines and tests). */
    int size() {
        IndexSearcher s = null;
        try {
            s = state.searchers.acquire();
            return s.getIndexReader().numDocs();
        } catch (IOException | RuntimeException e) {
            return 0;
        } finally {
            state.release(s);
        }
    }
}
