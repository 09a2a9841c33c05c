package org.prepdesk.store;

import java.io.IOException;
import java.util.List;

/**
 * A kind of workspace file that belongs to one note and lives beside it, one small file per note in
 * {@code <folder>/<noteId>.json} (rehearsal state, say). This is the one place a new kind of per-note
 * file plugs into the store: a feature implements this interface and names its class in
 * {@code META-INF/services/org.prepdesk.store.NoteCompanion}; the {@link Workspace} then does the rest
 * for every kind alike. It writes the file atomically ({@link Workspace#writeCompanion}), leaves it
 * where it is when the note moves or changes (the note file is never touched), moves it to the trash
 * with its note and back with it, validates every such file when the workspace is opened (so
 * {@code check} reports a damaged one), sets a damaged one aside in {@code .prepdesk/quarantine/} when
 * opened for writing (that note's file of this kind starts over; nothing else is lost), and reads the
 * folder again on {@link Workspace#rescan}.
 *
 * <p>Implementations must be thread-safe and stateless, with a public no-argument constructor.
 */
public interface NoteCompanion {
    /**
     * The folder, relative to the workspace root, that holds this kind's files: lower-case letters,
     * digits and dashes ("rehearsal"), and none of the workspace's own folders.
     */
    String folder();

    /**
     * Throws when {@code bytes} are not a valid file of this kind; the exception's message says why in
     * one line ({@link Workspace#describe} words Jackson's parse errors for you). Called for every file
     * when the workspace opens and before every write; it must not touch the disk.
     */
    void validate(byte[] bytes) throws IOException;

    /** The kinds named in {@code META-INF/services} on the class path: what every {@code Workspace.open} knows. */
    static List<NoteCompanion> installed() {
        return CompanionFiles.installed();
    }
}
