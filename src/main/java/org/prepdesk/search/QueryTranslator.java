package org.prepdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Text;

/**
 * Turns the query language of DESIGN §4 into a Lucene query, by hand rather than with Lucene's
 * QueryParser, so that no input can make it fail: plain words (all required), {@code "phrases"},
 * {@code -exclude}, {@code OR} between two terms, field prefixes ({@code tag:}, {@code kind:},
 * {@code section:}, {@code title:}, {@code cue:}, {@code body:}, {@code situation:}, {@code task:},
 * {@code action:}, {@code result:}), and the last word also as a prefix while typing. A CJK run or any
 * word the analyzer splits becomes a phrase of its parts, so 可用性 never matches 可, 用 and 性 apart.
 *
 * <p>Anything it does not understand is searched as plain words. Size guards keep hostile input cheap:
 * at most {@value #MAX_QUERY_CHARS} characters, {@value #MAX_UNITS} terms, {@value #MAX_PHRASE_TERMS}
 * words in a phrase, and no prefix shorter than two characters (one for CJK). Thread-safe.
 */
public final class QueryTranslator {
    static final int MAX_QUERY_CHARS = 1000;
    static final int MAX_UNITS = 24;
    static final int MAX_PHRASE_TERMS = 64;
    private static final float PREFIX_WEIGHT = 0.6f;
    /** 0: a word's best field counts alone, which also lets Lucene skip non-competitive notes (block-max WAND). */
    private static final float DISMAX_TIE = 0f;

    private final Analyzer analyzer = NoteAnalyzer.forQuery();
    private final Analyzer raw = new Analyzer() {
        @Override
        protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            return new NfcCharFilter(reader);   // as NoteAnalyzer: a decomposed prefix matches composed text
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            source.setMaxTokenLength(NoteAnalyzer.MAX_TOKEN);
            return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
        }
    };

    /** One term of the query as typed: its field (null: plain words), text and where it sits in the query. */
    public record Unit(NoteField field, String text, boolean quoted, boolean excluded, boolean prefix, int start, int end) {
        boolean isPlainWord() {
            return field == null && !quoted && !excluded;
        }
    }

    /**
     * The Lucene query (null when there is nothing to search for), the units it was built from, and for
     * highlighting: the query without its prefix parts, and the prefixes (marked by {@link Snippets} itself).
     */
    public record Translation(String text, Query query, List<Unit> units, Query highlight, List<String> prefixes) {
        Translation(String text, Query query, List<Unit> units) {
            this(text, query, units, query, List.of());
        }
    }

    /** Translates {@code query}; never throws. */
    public Translation translate(String query) {
        String q = query == null ? "" : query;
        if (q.length() > MAX_QUERY_CHARS) {
            int end = MAX_QUERY_CHARS;
            if (Character.isHighSurrogate(q.charAt(end - 1))) {
                end--;
            }
            q = q.substring(0, end);
        }
        try {
            List<Object> items = lex(q);
            List<Unit> units = items.stream().filter(Unit.class::isInstance).map(Unit.class::cast).toList();
            List<String> prefixes = new ArrayList<>();
            for (Unit u : units) {
                String p = u.prefix() && u.field() != NoteField.KIND && u.field() != NoteField.TAG && !isStopWord(u.text())
                        ? prefixOf(u.text()) : null;
                if (p != null) {
                    prefixes.add(p);
                }
            }
            return new Translation(q, build(items, true), units, build(items, false), List.copyOf(prefixes));
        } catch (RuntimeException e) {
            // Last resort, never expected: the words alone, no operators.
            try {
                String plain = q.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                List<Object> items = plain.isEmpty() ? List.of()
                        : List.of(new Unit(null, plain, true, false, false, 0, q.length()));
                return new Translation(q, build(items, true), List.of());
            } catch (RuntimeException again) {
                return new Translation(q, null, List.of());
            }
        }
    }

    private static final Object OR = new Object() {
        @Override
        public String toString() {
            return "OR";
        }
    };

    /** Splits the query into units and OR markers. */
    List<Object> lex(String q) {
        List<Object> out = new ArrayList<>();
        int n = q.length();
        int i = 0;
        boolean negateNext = false;
        while (i < n && countUnits(out) < MAX_UNITS) {
            while (i < n && isSpace(q.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            boolean excluded = negateNext;
            negateNext = false;
            if (q.charAt(i) == '-' && i + 1 < n && !isSpace(q.charAt(i + 1))) {
                excluded = true;
                i++;
            }
            NoteField field = null;
            int colon = fieldColon(q, i);
            if (colon > 0) {
                field = NoteField.byPrefix(q.substring(i, colon));
                if (field != null && colon + 1 < n && !isSpace(q.charAt(colon + 1))) {
                    i = colon + 1;
                } else {
                    field = null;
                }
            }
            String text;
            boolean quoted = false;
            if (q.charAt(i) == '"') {
                int close = q.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                text = q.substring(i + 1, end);
                i = close < 0 ? n : close + 1;
                quoted = true;
            } else {
                int end = i;
                while (end < n && !isSpace(q.charAt(end))) {
                    end++;
                }
                text = q.substring(i, end);
                i = end;
            }
            if (!quoted && field == null && !excluded) {
                if (text.equals("OR")) {
                    out.add(OR);
                    continue;
                }
                if (text.equals("AND")) {
                    continue;
                }
                if (text.equals("NOT")) {
                    negateNext = true;
                    continue;
                }
            }
            boolean last = i >= n;
            boolean prefix = last && !quoted && !excluded;
            out.add(new Unit(field, text, quoted, excluded, prefix, start, i));
        }
        return out;
    }

    private static int countUnits(List<Object> items) {
        int c = 0;
        for (Object o : items) {
            if (o instanceof Unit) {
                c++;
            }
        }
        return c;
    }

    /** The index of the ':' ending a field name at {@code i} ("title:"), or -1. */
    private static int fieldColon(String q, int i) {
        int j = i;
        while (j < q.length() && j - i <= 10 && Character.isLetter(q.charAt(j)) && q.charAt(j) < 128) {
            j++;
        }
        return j > i && j < q.length() && q.charAt(j) == ':' ? j : -1;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The query; without {@code forSearch}, the query highlighting uses: plain words in each field of the
     * note rather than in the catch-all, and no prefix parts.
     */
    private Query build(List<Object> items, boolean forSearch) {
        List<List<Query>> groups = new ArrayList<>();
        List<Boolean> stopWord = new ArrayList<>();   // per group: a lone common word ("the", "we")
        List<Query> excluded = new ArrayList<>();
        boolean orPending = false;
        for (Object item : items) {
            if (item == OR) {
                orPending = !groups.isEmpty();
                continue;
            }
            Unit u = (Unit) item;
            Query q = unitQuery(u, forSearch);
            if (q == null) {
                continue;
            }
            if (u.excluded()) {
                excluded.add(q);
                continue;
            }
            if (orPending) {
                groups.get(groups.size() - 1).add(q);
                stopWord.set(stopWord.size() - 1, false);
            } else {
                groups.add(new ArrayList<>(List.of(q)));
                stopWord.add(u.isPlainWord() && isStopWord(u.text()));
            }
            orPending = false;
        }
        if (groups.isEmpty() && excluded.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (groups.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        // Common words beside other words only rank: requiring "the" narrows nothing and costs a scan of every note.
        boolean anyContentWord = stopWord.contains(Boolean.FALSE);
        for (int i = 0; i < groups.size(); i++) {
            List<Query> g = groups.get(i);
            if (g.size() == 1) {
                b.add(g.get(0), anyContentWord && stopWord.get(i) ? Occur.SHOULD : Occur.MUST);
            } else {
                BooleanQuery.Builder or = new BooleanQuery.Builder();
                g.forEach(x -> or.add(x, Occur.SHOULD));
                b.add(or.build(), Occur.MUST);
            }
        }
        excluded.forEach(x -> b.add(x, Occur.MUST_NOT));
        return b.build();
    }

    private static boolean isStopWord(String word) {
        return org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT));
    }

    private Query unitQuery(Unit u, boolean forSearch) {
        if (u.field() == NoteField.KIND) {
            return kindQuery(u.text(), u.prefix());
        }
        if (u.field() == NoteField.TAG) {
            String tag = NoteDocuments.keyword(u.text());
            if (tag.isEmpty()) {
                return null;
            }
            Query exact = new TermQuery(new Term(NoteField.TAG.fieldName(), tag));
            if (!u.prefix() || !forSearch) {
                return exact;
            }
            return new BooleanQuery.Builder().add(exact, Occur.SHOULD)
                    .add(new BoostQuery(new PrefixQuery(new Term(NoteField.TAG.fieldName(), tag)), PREFIX_WEIGHT), Occur.SHOULD)
                    .build();
        }
        List<String[]> terms = analyze(u.text());
        // A common word is not taken as the start of a longer one: "the" would expand to every "then", "their"...
        String prefix = u.prefix() && forSearch && !isStopWord(u.text()) ? prefixOf(u.text()) : null;
        if (terms.isEmpty() && prefix == null) {
            return null;
        }
        if (u.field() != null) {
            return fieldQuery(u.field().fieldName(), terms, prefix, u.quoted());
        }
        // A common word gets no title/cue bonus: it is matched in nearly every note, and the bonus
        // clauses then cost more than they tell apart.
        return forSearch ? plainQuery(terms, prefix, u.quoted(), !u.excluded() && !isStopWord(u.text()))
                : highlightQuery(terms);
    }

    /**
     * A plain word or phrase: required in the catch-all field (one postings list, however many fields
     * the note has) or in the section path, which ranks below any hit in the note itself. Title and cue
     * hits add to the score through optional clauses: Lucene only checks them on notes that already
     * match, so ranking costs little. The prefix of the word being typed is looked for in the catch-all
     * only, and {@linkplain BoundedPrefixQuery bounded}.
     */
    private static Query plainQuery(List<String[]> terms, String prefix, boolean quoted, boolean ranked) {
        Query inNote = withCommonPairs(fieldQuery(NoteField.ALL.fieldName(), terms, prefix, quoted), terms);
        Query inSection = fieldQuery(NoteField.SECTION.fieldName(), terms, null, quoted);
        Query required = inSection == null ? inNote
                : new DisjunctionMaxQuery(List.of(inNote, new BoostQuery(inSection, NoteField.SECTION.boost())), DISMAX_TIE);
        // A quoted phrase ranks by the catch-all alone: an optional title phrase made "the the" three times
        // slower (positions of two common words read in a second field for every match).
        if (!ranked || terms.isEmpty() || quoted) {
            return required;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(required, Occur.MUST);
        b.add(new BoostQuery(fieldQuery(NoteField.TITLE.fieldName(), terms, null, quoted), NoteField.TITLE.boost() - 1), Occur.SHOULD);
        b.add(new BoostQuery(fieldQuery(NoteField.CUE.fieldName(), terms, null, quoted), NoteField.CUE.boost() - 1), Occur.SHOULD);
        return b.build();
    }

    /** For highlighting only (never run as a search): the word in each field of the note, without prefixes. */
    private static Query highlightQuery(List<String[]> terms) {
        List<Query> perField = new ArrayList<>();
        for (NoteField f : NoteField.PLAIN_WORD_FIELDS) {
            Query q = fieldQuery(f.fieldName(), terms, null, true);
            if (q != null) {
                perField.add(q);
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, DISMAX_TIE);
    }

    /** How many completions of the word being typed are searched, the most frequent first. */
    static final int MAX_PREFIX_TERMS = 64;

    /**
     * A phrase in the catch-all made cheap when it holds common words: a phrase of just two common words
     * is its {@linkplain CommonPairs pair} alone (a note has the pair exactly when it has the phrase); any
     * other phrase with a common word is ranked by its other words, and the phrase and its pairs only
     * filter, so it is checked just in notes that could make the top.
     */
    private static Query withCommonPairs(Query phrase, List<String[]> terms) {
        if (!(phrase instanceof PhraseQuery)) {
            return phrase;
        }
        List<String> pairs = CommonPairs.inPhrase(terms);
        if (terms.size() == 2 && pairs.size() == 1) {
            return new TermQuery(new Term(NoteField.PAIRS.fieldName(), pairs.get(0)));
        }
        List<String> rare = terms.stream().map(t -> t[0]).filter(t -> !CommonPairs.isCommon(t)).distinct().toList();
        if (pairs.isEmpty() && rare.size() == terms.size()) {
            return phrase;
        }
        // Ranked by its rarer words, which lets Lucene skip notes that cannot make the top; the phrase itself
        // (positions of a word that is in nearly every note) is then checked only where it could count.
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (rare.isEmpty()) {
            b.add(phrase, Occur.MUST);
        } else {
            rare.forEach(t -> b.add(new TermQuery(new Term(NoteField.ALL.fieldName(), t)), Occur.MUST));
            b.add(phrase, Occur.FILTER);
        }
        pairs.forEach(p -> b.add(new TermQuery(new Term(NoteField.PAIRS.fieldName(), p)), Occur.FILTER));
        return b.build();
    }

    private static Query fieldQuery(String field, List<String[]> terms, String prefix, boolean quoted) {
        Query exact = null;
        if (terms.size() == 1) {
            exact = new TermQuery(new Term(field, terms.get(0)[0]));
        } else if (terms.size() > 1) {
            PhraseQuery.Builder pb = new PhraseQuery.Builder();
            int pos = -1;
            for (String[] t : terms) {
                pos += Integer.parseInt(t[1]);
                pb.add(new Term(field, t[0]), pos);
            }
            exact = pb.build();
        }
        if (prefix == null || quoted) {
            return exact;
        }
        Query pq = new BoostQuery(new BoundedPrefixQuery(new Term(field, prefix), MAX_PREFIX_TERMS), PREFIX_WEIGHT);
        if (exact == null) {
            return pq;
        }
        return new BooleanQuery.Builder().add(exact, Occur.SHOULD).add(pq, Occur.SHOULD).build();
    }

    private static Query kindQuery(String text, boolean prefix) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        List<Query> kinds = new ArrayList<>();
        for (Kind k : Kind.values()) {
            String label = k.label().toLowerCase(Locale.ROOT);
            boolean match = k.id().equals(wanted) || label.equals(wanted) || k.id().replace("-", "").equals(wanted)
                    || k.name().toLowerCase(Locale.ROOT).equals(wanted) || wanted.equals(k.id() + "s")
                    || prefix && !wanted.isEmpty() && (k.id().startsWith(wanted) || label.startsWith(wanted));
            if (match) {
                kinds.add(new TermQuery(new Term(NoteField.KIND.fieldName(), k.id())));
            }
        }
        if (kinds.isEmpty()) {
            return new MatchNoDocsQuery("no such kind");
        }
        if (kinds.size() == 1) {
            return kinds.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        kinds.forEach(k -> b.add(k, Occur.SHOULD));
        return b.build();
    }

    /** The analysed terms of {@code text} with their position increments, capped in number. */
    List<String[]> analyze(String text) {
        List<String[]> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_PHRASE_TERMS) {
                int step = out.isEmpty() ? 1 : Math.max(1, inc.getPositionIncrement());
                out.add(new String[] {term.toString(), Integer.toString(step)});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The typed word as an unstemmed prefix, when it is one word long enough to narrow the search:
     * two letters, or one CJK character.
     */
    String prefixOf(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = raw.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && words.size() < 2) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (words.size() != 1) {
            return null;
        }
        String w = words.get(0);
        if (w.codePointCount(0, w.length()) >= 2) {
            return w;
        }
        return Text.isCjk(w.codePointAt(0)) ? w : null;
    }
}
