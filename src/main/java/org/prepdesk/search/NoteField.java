package org.prepdesk.search;

/**
 * The fields of a note in the index (DESIGN §4). Text fields carry English stems and CJK bigrams
 * ({@link NoteAnalyzer}); keyword fields hold exact, lower-cased values.
 */
public enum NoteField {
    ID("id", false, 0f),
    /** 64-bit fingerprint of what was indexed for the note: catch-up compares it with the workspace. */
    STAMP("stamp", false, 0f),
    /**
     * 64-bit key of the note's id, {@code updated}, section path and file stamp (no text hashing): the
     * sum over a commit's notes is kept in its user data, so an unchanged workspace is recognised on open
     * without fingerprinting every note.
     */
    KEY("key", false, 0f),
    KIND("kind", false, 0f),
    TAG("tag", false, 0f),
    SECTION("section", true, 0.5f),
    TITLE("title", true, 4f),
    CUE("cue", true, 3f),
    BODY("body", true, 1f),
    SITUATION("situation", true, 1f),
    TASK("task", true, 1f),
    ACTION("action", true, 1f),
    RESULT("result", true, 1f),
    /**
     * Catch-all: title, cues, body and the STAR fields analysed into one field (positions, no offsets,
     * not stored; a gap between values so a phrase never spans two). Plain words match here with one
     * term lookup instead of one per field; the per-field fields rank and highlight.
     */
    ALL("all", true, 1f),
    /** Pairs of common words side by side, one term each ({@link CommonPairs}): fast phrases like "on to". */
    PAIRS("pairs", false, 0f);

    /**
     * Bump whenever analysis or fields change: an index written with another version is rebuilt
     * from the JSON files on open.
     */
    public static final int INDEX_VERSION = 7;   // 4: catch-all field and commit digest; 5: text put in NFC; 6: only titles stored, text fields without unstemmed forms, common-word pairs; 7: the key holds the note file's stamp

    /** The key of {@link #INDEX_VERSION} in the index's commit data. */
    static final String VERSION_KEY = "prepdesk.indexVersion";

    /** The key of the commit's digest: the sum of its notes' {@link #KEY}s and their number ("sum/count"). */
    static final String DIGEST_KEY = "prepdesk.notesDigest";

    private final String name;
    private final boolean text;
    private final float boost;

    NoteField(String name, boolean text, float boost) {
        this.name = name;
        this.text = text;
        this.boost = boost;
    }

    /** The Lucene field name, also the word of the field prefix in queries ("title:…"). */
    public String fieldName() {
        return name;
    }

    /** Analysed text (stems and bigrams) rather than an exact keyword. */
    public boolean isText() {
        return text;
    }

    /** Weight of a plain-word match in this field: title and cue hits rank highest, the section path lowest. */
    public float boost() {
        return boost;
    }

    /**
     * The text fields a plain word is found in (through {@link #ALL} and {@link #SECTION}), and is
     * highlighted in.
     */
    public static final NoteField[] PLAIN_WORD_FIELDS = {TITLE, CUE, BODY, SITUATION, TASK, ACTION, RESULT, SECTION};

    /** The fields of the note whose matches are located for the editor, in snippet preference order. */
    static final NoteField[] HIGHLIGHTED = {BODY, SITUATION, TASK, ACTION, RESULT, TITLE};

    /** The field a query prefix names ("tag", "title", "cue", …), if any. */
    public static NoteField byPrefix(String prefix) {
        for (NoteField f : values()) {
            if (f != ID && f != STAMP && f != KEY && f != ALL && f != PAIRS && f.name.equalsIgnoreCase(prefix)) {
                return f;
            }
        }
        return null;
    }
}
