package org.prepdesk.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Lays out an empty workspace in {@code dir} (it must not exist or be empty); returns its root. */
    static Path createEmpty(Path dir, String name) {
        Path root = dir.toAbsolutePath().normalize();
        if (Files.exists(root.resolve(INFO_FILE))) {
            throw new StoreException(StoreException.Reason.INVALID, "already a workspace: " + dir);
        }
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new StoreException(StoreException.Reason.INVALID, "not a folder: " + dir);
            }
            if (Files.isDirectory(root)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
                    if (ds.iterator().hasNext()) {
                        throw new StoreException(StoreException.Reason.INVALID,
                                "the folder is not empty (init wants a new or empty folder): " + dir);
                    }
                }
            }
            Files.createDirectories(root);
            for (String sub : FOLDERS) {
                Files.createDirectories(root.resolve(sub));
            }
            new AtomicFiles(FileOps.DISK).write(root.resolve(INFO_FILE),
                    new JsonCodec().encodeInfo(new WorkspaceInfo(WorkspaceInfo.FORMAT, name, null)));
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED,
                    "cannot create the workspace: " + StoreErrors.describe(e), e);
        }
        return root;
    }
}
