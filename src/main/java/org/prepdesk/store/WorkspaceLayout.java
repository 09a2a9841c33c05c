package org.prepdesk.store;

import java.util.List;

/** Where things live inside a workspace folder (DESIGN §3). */
public final class WorkspaceLayout {
    public static final String INFO_FILE = "prepdesk.json";
    public static final String SECTIONS = "sections";
    public static final String NOTES = "notes";
    public static final String SHEETS = "sheets";
    public static final String TRASH_NOTES = "trash/notes";
    public static final String TRASH_SECTIONS = "trash/sections";
    /** Derived and runtime data: safe to delete. */
    public static final String RUNTIME = ".prepdesk";
    public static final String INDEX = ".prepdesk/index";
    /** The notes as last read or written, to open a large workspace without parsing every file ({@link NoteCache}). */
    public static final String NOTE_CACHE = ".prepdesk/note-cache.bin";
    /** Present only while an import runs (see {@link ImportJournal}). */
    public static final String IMPORT_JOURNAL = ".prepdesk/import-in-progress.json";
    public static final String QUARANTINE = ".prepdesk/quarantine";
    public static final String LOGS = ".prepdesk/logs";

    static final List<String> FOLDERS = List.of(SECTIONS, NOTES, SHEETS, TRASH_NOTES, TRASH_SECTIONS);

    private WorkspaceLayout() {
    }
}
