package org.prepdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The files of every registered {@link NoteCompanion} kind, {@code <folder>/<noteId>.json}: validates
 * them on load (a damaged one is reported, and quarantined by a writer; one whose note is missing is
 * reported), reads, writes and deletes them atomically, and moves them to {@code trash/<folder>/} with
 * their note and back with it. Remembers each file's stamp, so a rescan notices a changed one and a
 * write does not overwrite an outside change.
 *
 * <p>Not thread-safe: the {@link Workspace} that owns it calls it only with its own monitor held.
 */
final class CompanionFiles {
    private static final Pattern FOLDER = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> TAKEN = Set.of(WorkspaceLayout.SECTIONS, WorkspaceLayout.NOTES,
            WorkspaceLayout.SHEETS, "trash", WorkspaceLayout.RUNTIME);

    private final WorkspaceFiles files;
    private final WorkspaceTree tree;
    private final List<NoteCompanion> kinds;
    private final Map<Path, FileStamp> seen = new HashMap<>();   // every companion file, as last read or written

    CompanionFiles(WorkspaceFiles files, WorkspaceTree tree, List<NoteCompanion> kinds) {
        this.files = files;
        this.tree = tree;
        this.kinds = List.copyOf(kinds);
    }

    /** The kinds on the class path ({@code META-INF/services}), loaded once. */
    static List<NoteCompanion> installed() {
        return Installed.KINDS;
    }

    private static final class Installed {
        static final List<NoteCompanion> KINDS = ServiceLoader.load(NoteCompanion.class,
                NoteCompanion.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** The kinds, after making sure each names a folder of its own; a programming error throws. */
    static List<NoteCompanion> checked(List<NoteCompanion> kinds) {
        Set<String> folders = new HashSet<>();
        for (NoteCompanion k : kinds) {
            String f = k.folder();
            if (f == null || !FOLDER.matcher(f).matches() || TAKEN.contains(f) || !folders.add(f)) {
                throw new IllegalArgumentException("not a usable companion folder: \"" + f + "\" (" + k.getClass().getName() + ")");
            }
        }
        return List.copyOf(kinds);
    }

    List<NoteCompanion> kinds() {
        return kinds;
    }

    Path file(NoteCompanion kind, String noteId) {
        return files.inside(registered(kind).folder(), noteId);
    }

    private Path trashed(NoteCompanion kind, String noteId) {
        return files.inside("trash/" + kind.folder(), noteId);
    }

    private NoteCompanion registered(NoteCompanion kind) {
        if (!kinds.contains(kind)) {
            throw new StoreException(StoreException.Reason.INVALID, "\"" + kind.folder()
                    + "\" files are not known to this workspace (the companion kind was not registered)");
        }
        return kind;
    }

    /** Reads every kind's folder again; called by each load, after the notes. */
    void load(WorkspaceReader reader) {
        seen.clear();
        for (NoteCompanion kind : kinds) {
            for (Path f : reader.list(files.root().resolve(kind.folder()), true)) {
                String name = f.getFileName().toString();
                String noteId = name.endsWith(".json") ? name.substring(0, name.length() - 5) : "";
                if (!Ids.isValid(noteId)) {
                    reader.reportBadFile(f, "its name is not a note id followed by .json");
                    continue;
                }
                try {
                    FileStamp stamp = FileStamp.of(f);
                    kind.validate(WorkspaceFiles.readBounded(f, stamp.size()));
                    remember(f, stamp);
                    if (!tree.hasNote(noteId)) {
                        reader.addProblem(new Problem(files.relative(f), "its note \"" + noteId + "\" does not exist", null));
                    }
                } catch (IOException | RuntimeException e) {
                    reader.reportBadFile(f, StoreErrors.describeParse(e));
                }
            }
        }
    }

    /** Every companion file with its stamp as last read or written: what a rescan compares. */
    Map<Path, FileStamp> stamps() {
        return new HashMap<>(seen);
    }

    /** The file's bytes; a file damaged since it was read is reported (and quarantined by a writer) and reads as none. */
    Optional<byte[]> read(NoteCompanion kind, String noteId, WorkspaceReader reader) {
        Path f = file(kind, noteId);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            FileStamp stamp = FileStamp.of(f);
            byte[] bytes = WorkspaceFiles.readBounded(f, stamp.size());
            kind.validate(bytes);
            remember(f, stamp);
            return Optional.of(bytes);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            forget(f);
            reader.reportBadFile(f, StoreErrors.describeParse(e));
            return Optional.empty();
        }
    }

    void write(NoteCompanion kind, String noteId, byte[] bytes) {
        Path f = file(kind, noteId);
        if (!tree.hasNote(noteId)) {
            throw StoreErrors.notFound("note", noteId);
        }
        try {
            kind.validate(bytes);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(StoreException.Reason.INVALID, "not a valid " + kind.folder() + " file: "
                    + StoreErrors.describeParse(e), e);
        }
        files.requireUnchangedOnDisk(f);
        try {
            Files.createDirectories(f.getParent());
            files.write(f, bytes, !Files.exists(f));
        } catch (IOException e) {
            FileStamp now = files.stamp(f);
            if (now != null) {
                seen.put(f, now);
            }
            throw StoreErrors.writeFailed("cannot save " + files.relative(f), e);
        }
        seen.put(f, files.stamp(f));
    }

    boolean delete(NoteCompanion kind, String noteId) {
        Path f = file(kind, noteId);
        files.requireUnchangedOnDisk(f);
        try {
            boolean removed = Files.deleteIfExists(f);
            if (removed) {
                files.atomic().syncDir(f.getParent());
            }
            forget(f);
            return removed;
        } catch (IOException e) {
            throw StoreErrors.writeFailed("cannot delete " + files.relative(f), e);
        }
    }

    /** Moves the note's files of every kind to the trash (after the note itself went there). */
    void trash(String noteId) {
        for (NoteCompanion kind : kinds) {
            Path f = file(kind, noteId);
            if (Files.exists(f)) {
                move(f, trashed(kind, noteId), "cannot move " + files.relative(f) + " to the trash");
                forget(f);
            }
        }
    }

    /**
     * Brings the note's trashed files of every kind back (after the note itself came back). One whose
     * place is taken already is left in the trash: neither copy is lost.
     */
    void restore(String noteId) {
        for (NoteCompanion kind : kinds) {
            Path t = trashed(kind, noteId);
            Path f = file(kind, noteId);
            if (Files.exists(t) && !Files.exists(f)) {
                move(t, f, "cannot restore " + files.relative(f));
                FileStamp s = FileStamp.ofOrNull(f);
                if (s != null) {
                    remember(f, s);
                }
            }
        }
    }

    /** Copy, atomically, then remove the source: a crash leaves the file in one place or both, never none. */
    private void move(Path from, Path to, String what) {
        try {
            byte[] bytes = Files.readAllBytes(from);
            Files.createDirectories(to.getParent());
            files.atomic().write(to, bytes);
            Files.delete(from);
            files.atomic().syncDir(from.getParent());
        } catch (IOException e) {
            throw StoreErrors.writeFailed(what, e);
        }
    }

    private void remember(Path f, FileStamp s) {
        files.recordStamp(f, s);
        seen.put(f, s);
    }

    private void forget(Path f) {
        files.forgetStamp(f);
        seen.remove(f);
    }
}
