package org.prepdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Pairs of common words side by side ("on to", "we had"; "the team" is not one: "team" is not common), indexed as
 * single terms in {@link NoteField#PAIRS}. A quoted phrase of common words otherwise reads the positions
 * of two words found in nearly every note; with the pair indexed, "on to" is one term lookup, and a longer
 * phrase holding such a pair is checked only in the notes that have it. Pairs are of stems, as the query
 * analyzer produces them ("was" is "wa"). Stateless and thread-safe.
 */
final class CommonPairs {
    /**
     * Function words beyond Lucene's short stop list that fill prep notes ("we", "i", "our", "had"): each
     * is in a large share of notes. Pairs of two common words stay few (a thousand or so distinct).
     */
    private static final List<String> MORE_COMMON = List.of("we", "i", "our", "my", "me", "us", "you", "your", "he", "she",
            "his", "her", "them", "its", "had", "has", "have", "were", "been", "from", "so", "what", "which", "who",
            "when", "where", "how", "all", "some", "any", "more", "can", "could", "would", "should", "do", "did",
            "does", "than", "too", "very", "just", "also", "about", "after", "before", "over", "up", "out",
            "because", "while", "each", "only", "through");

    /** The stems of common English words. */
    private static final Set<String> COMMON = stems();

    private CommonPairs() {
    }

    private static Set<String> stems() {
        Set<String> out = new HashSet<>();
        NoteAnalyzer a = NoteAnalyzer.forQuery();
        List<String> words = new ArrayList<>(MORE_COMMON);
        for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            words.add(new String((char[]) w));
        }
        for (String word : words) {
            try (TokenStream ts = a.tokenStream("q", word)) {
                CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(t.toString());
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(out);
    }

    static boolean isCommon(String stem) {
        return COMMON.contains(stem);
    }

    /**
     * The one term of two stems next to each other when both are common, else null: the one rule for
     * indexing ({@link AnalyzedText#addCommonPairs}) and for queries ({@link #inPhrase}).
     */
    static String pairOf(String first, String second) {
        return isCommon(first) && isCommon(second) ? first + ' ' + second : null;
    }

    /**
     * The pairs in a query phrase (terms with their position steps, as {@link QueryTranslator#analyze}
     * gives them): two common stems one position apart.
     */
    static List<String> inPhrase(List<String[]> terms) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < terms.size(); i++) {
            String pair = "1".equals(terms.get(i)[1]) ? pairOf(terms.get(i - 1)[0], terms.get(i)[0]) : null;
            if (pair != null) {
                out.add(pair);
            }
        }
        return out;
    }
}
