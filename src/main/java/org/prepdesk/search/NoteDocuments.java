package org.prepdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/** Turns a note into its Lucene document and fingerprint. Stateless and thread-safe. */
final class NoteDocuments {
    /** Keyword values (tags) longer than this are cut: Lucene refuses terms over 32 KB. */
    static final int MAX_KEYWORD = 200;

    /**
     * Text with offsets in the postings, so highlighting never re-analyses the note; the value is
     * stored beside it (a field fed by a token stream cannot be stored itself).
     */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);
    /** The section path: searched, stored, no offsets needed (it is not highlighted). */
    private static final FieldType SECTION_TEXT = new FieldType(TextField.TYPE_STORED);
    /** The catch-all: positions for phrases, no offsets (highlighting reads the per-field ones), not stored. */
    private static final FieldType ALL_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    /** Pairs of common words: whether a note has one is all a phrase needs to know (no positions, no norms). */
    private static final FieldType PAIRS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        PAIRS.setIndexOptions(IndexOptions.DOCS);
        PAIRS.setOmitNorms(true);
        PAIRS.setTokenized(true);
        PAIRS.freeze();
        ALL_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        ALL_TEXT.freeze();
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        SECTION_TEXT.freeze();
    }

    private NoteDocuments() {
    }

    static Term idTerm(String id) {
        return new Term(NoteField.ID.fieldName(), id);
    }

    /** The document of one of the workspace's notes as it holds it now ({@code paths}: section id → path). */
    static Document toDocument(Workspace ws, Note n, Map<String, String> paths) {
        return toDocument(n, paths.getOrDefault(n.sectionId(), ""), ws.noteFileStampKey(n.id()));
    }

    /**
     * The document of a note in a section at {@code sectionPath}, read from (or written to) a file whose
     * {@link org.prepdesk.store.Workspace#noteFileStampKey} is {@code fileStampKey}.
     */
    static Document toDocument(Note n, String sectionPath, long fileStampKey) {
        Document d = new Document();
        d.add(new StringField(NoteField.ID.fieldName(), n.id(), Field.Store.YES));
        d.add(new BinaryDocValuesField(NoteField.ID.fieldName(), new BytesRef(n.id())));
        d.add(new NumericDocValuesField(NoteField.STAMP.fieldName(), stamp(n, sectionPath)));
        d.add(new NumericDocValuesField(NoteField.KEY.fieldName(), key(n, sectionPath, fileStampKey)));
        d.add(new StringField(NoteField.KIND.fieldName(), n.kind().id(), Field.Store.YES));
        for (String tag : n.tags()) {
            d.add(new StringField(NoteField.TAG.fieldName(), keyword(tag), Field.Store.NO));
            d.add(new StoredField(NoteField.TAG.fieldName(), tag));
        }
        d.add(new Field(NoteField.SECTION.fieldName(), sectionPath, SECTION_TEXT));
        // Each text is analysed once and feeds both its own field and the catch-all.
        List<AnalyzedText> all = new ArrayList<>();
        all.add(text(d, NoteField.TITLE, n.title()));
        for (String cue : n.cues()) {
            all.add(text(d, NoteField.CUE, cue));
        }
        all.add(text(d, NoteField.BODY, n.body()));
        all.add(text(d, NoteField.SITUATION, n.star().situation()));
        all.add(text(d, NoteField.TASK, n.star().task()));
        all.add(text(d, NoteField.ACTION, n.star().action()));
        all.add(text(d, NoteField.RESULT, n.star().result()));
        List<String> pairs = new ArrayList<>();
        for (AnalyzedText t : all) {
            if (t != null) {
                d.add(new Field(NoteField.ALL.fieldName(), t.stream(), ALL_TEXT));
                t.addCommonPairs(pairs);
            }
        }
        if (!pairs.isEmpty()) {
            d.add(new Field(NoteField.PAIRS.fieldName(), AnalyzedText.termsOf(pairs), PAIRS));
        }
        return d;
    }

    /**
     * Adds the field (indexed with offsets) and returns its tokens, null when it is empty. Only the title
     * is stored, for a hit whose note is gone from the workspace: snippets take the text from the notes in
     * memory, and storing every note's text again made up 40% of the index and a good part of a rebuild.
     */
    private static AnalyzedText text(Document d, NoteField f, String value) {
        if (f == NoteField.TITLE) {
            d.add(new StoredField(f.fieldName(), value));
        }
        if (value.isEmpty()) {
            d.add(new Field(f.fieldName(), value, TEXT_WITH_OFFSETS));
            return null;
        }
        AnalyzedText t = AnalyzedText.of(f.fieldName(), value);
        // Unstemmed forms only where a prefix may be typed against the field itself: the short title and cues.
        boolean withUnstemmed = f == NoteField.TITLE || f == NoteField.CUE;
        d.add(new Field(f.fieldName(), withUnstemmed ? t.stream() : t.stemsOnly(), TEXT_WITH_OFFSETS));
        return t;
    }

    /** The exact-match form of a tag or kind: lower case, cut to a safe length. */
    static String keyword(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.length() > MAX_KEYWORD) {
            int end = MAX_KEYWORD;
            if (Character.isHighSurrogate(v.charAt(end - 1))) {
                end--;
            }
            v = v.substring(0, end);
        }
        return v;
    }

    /**
     * A fingerprint of everything indexed for the note (and the index version): equal fingerprints mean
     * the indexed document is current. String hashes are cached by the JVM, so a second pass is cheap.
     */
    static long stamp(Note n, String sectionPath) {
        long h = 0x9E3779B97F4A7C15L ^ NoteField.INDEX_VERSION;
        h = mix(h, n.kind().ordinal());
        h = mix(h, n.title().hashCode());
        h = mix(h, n.body().hashCode());
        h = mix(h, n.body().length());
        h = mix(h, hash(n.tags()));
        h = mix(h, hash(n.cues()));
        h = mix(h, n.star().situation().hashCode());
        h = mix(h, n.star().task().hashCode());
        h = mix(h, n.star().action().hashCode());
        h = mix(h, n.star().result().hashCode());
        h = mix(h, sectionPath.hashCode());
        h = mix(h, n.updated().getEpochSecond());
        h = mix(h, n.updated().getNano());
        return h;
    }

    /**
     * A cheap key of the note as indexed: its id, {@code updated}, section path and the stamp of the file
     * it came from (modification time, size, inode: {@code fileStampKey}), nothing that needs the note's
     * text, so keying 100,000 notes reads few objects per note (tens of milliseconds). The file stamp is
     * what makes it true: an editor or a git pull changes a note's file without touching {@code updated},
     * and such an edit must be found by the very next open, not by the fingerprint check that a long-lived
     * window runs later.
     */
    static long key(Note n, String sectionPath, long fileStampKey) {
        long h = 0x2545F4914F6CDD1DL ^ NoteField.INDEX_VERSION;
        h = mix(h, n.id().hashCode());
        h = mix(h, n.updated().getEpochSecond() * 1_000_000_007L + n.updated().getNano());
        h = mix(h, fileStampKey);
        return mix(h, sectionPath.hashCode());
    }

    private static int hash(List<String> values) {
        int h = values.size();
        for (String v : values) {
            h = h * 31 + v.hashCode();
        }
        return h;
    }

    private static long mix(long h, long v) {
        long x = (h ^ v) * 0xBF58476D1CE4E5B9L;
        x ^= x >>> 31;
        return x * 0x94D049BB133111EBL + 0x2545F4914F6CDD1DL;
    }
}
