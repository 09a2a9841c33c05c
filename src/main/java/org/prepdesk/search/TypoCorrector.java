package org.prepdesk.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The typo-tolerant retry: when a query finds nothing, each plain word that is in no note is
 * replaced by the closest word that is (one edit for short words, two for longer ones; the first
 * letter is trusted). Stateless and thread-safe.
 */
final class TypoCorrector {
    private static final NoteField[] LOOKED_IN = {NoteField.ALL};   // the catch-all holds every word of a note

    private final QueryTranslator translator;

    TypoCorrector(QueryTranslator translator) {
        this.translator = translator;
    }

    /** The corrected query text, or null when no word could be corrected. */
    String correct(IndexReader reader, QueryTranslator.Translation t) throws IOException {
        String text = t.text();
        StringBuilder out = new StringBuilder(text);
        boolean changed = false;
        List<QueryTranslator.Unit> units = t.units();
        for (int i = units.size() - 1; i >= 0; i--) {
            QueryTranslator.Unit u = units.get(i);
            if (u.excluded() || u.quoted() || u.field() == NoteField.KIND || u.field() == NoteField.TAG) {
                continue;
            }
            String word = u.text().toLowerCase(Locale.ROOT);
            if (word.length() < 3 || word.length() > 40 || !word.chars().allMatch(Character::isLetter)
                    || word.codePoints().anyMatch(org.prepdesk.model.Text::isCjk) || known(reader, word)) {
                continue;
            }
            String better = closest(reader, word);
            if (better != null) {
                int start = u.end() - u.text().length();
                out.replace(start, u.end(), better);
                changed = true;
            }
        }
        return changed ? out.toString() : null;
    }

    private boolean known(IndexReader reader, String word) throws IOException {
        List<String[]> terms = translator.analyze(word);
        for (NoteField f : LOOKED_IN) {
            if (reader.docFreq(new Term(f.fieldName(), word)) > 0) {
                return true;
            }
            for (String[] t : terms) {
                if (reader.docFreq(new Term(f.fieldName(), t[0])) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String closest(IndexReader reader, String word) throws IOException {
        int maxEdits = word.length() <= 4 ? 1 : 2;
        String best = null;
        float bestBoost = -1;
        int bestFreq = -1;
        for (NoteField f : LOOKED_IN) {
            Terms terms = MultiTerms.getTerms(reader, f.fieldName());
            if (terms == null) {
                continue;
            }
            FuzzyTermsEnum e = new FuzzyTermsEnum(terms, new Term(f.fieldName(), word), maxEdits, 1, true);
            for (BytesRef b = e.next(); b != null; b = e.next()) {
                String candidate = b.utf8ToString();
                if (!candidate.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                float boost = e.getBoost();
                int freq = e.docFreq();
                if (boost > bestBoost || boost == bestBoost && freq > bestFreq) {
                    best = candidate;
                    bestBoost = boost;
                    bestFreq = freq;
                }
            }
        }
        return best;
    }
}
