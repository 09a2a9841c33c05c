package org.prepdesk.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prepdesk.model.Rehearsal;

/**
 * The rehearsal files of a workspace, {@code rehearsal/<noteId>.json}, one per note rehearsed at
 * least once: read straight from disk each time (a file per rehearsed note, small), written
 * atomically, never touching the note's own file. A file that does not parse is reported; a
 * writer (a workspace opened for writing) moves it to {@code .prepdesk/quarantine/} with the
 * reason, and that note starts over as never rehearsed. Thread-safe: no mutable state.
 */
public final class RehearsalStore {
    /** The folder beside {@code notes/}. */
    public static final String FOLDER = "rehearsal";

    /** The files that load, by note id, and those that did not. */
    public record Listing(Map<String, Rehearsal> rehearsals, List<Problem> problems) {
    }

    private final Workspace ws;
    private final RehearsalCodec codec = new RehearsalCodec();
    private final AtomicFiles files;

    public RehearsalStore(Workspace ws) {
        this(ws, FileOps.DISK);
    }

    public RehearsalStore(Workspace ws, FileOps ops) {
        this.ws = ws;
        this.files = new AtomicFiles(ops);
    }

    private Path folder() {
        return ws.root().resolve(FOLDER);
    }

    /** The file of one note's rehearsals (it may not exist). */
    public Path fileOf(String noteId) {
        if (!Ids.isValid(noteId)) {
            throw new StoreException(StoreException.Reason.INVALID, "\"" + noteId + "\" is not a valid note id");
        }
        return folder().resolve(noteId + ".json");
    }

    /** Every rehearsal file; damaged ones are listed as problems (and quarantined by a writer). */
    public Listing listing() {
        Map<String, Rehearsal> out = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            return new Listing(Map.of(), List.of());
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : ds) {
                if (AtomicFiles.isTemp(f) || f.getFileName().toString().startsWith(".")) {
                    continue;
                }
                try {
                    Rehearsal r = read(f).value();
                    out.put(r.noteId(), r);
                } catch (IOException | RuntimeException e) {
                    problems.add(bad(f, reasonOf(e)));
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(FOLDER, "cannot list the folder: " + Workspace.describe(e), null));
        }
        return new Listing(Map.copyOf(out), List.copyOf(problems));
    }

    /**
     * The note's rehearsals: {@link Rehearsal#fresh} when it was never rehearsed, or when its file
     * is damaged (then set aside by a writer, so the next save does not overwrite the evidence).
     */
    public Rehearsal load(String noteId) {
        Path f = fileOf(noteId);
        try {
            return read(f).value();
        } catch (NoSuchFileException e) {
            return Rehearsal.fresh(noteId);
        } catch (IOException | RuntimeException e) {
            bad(f, reasonOf(e));
            return Rehearsal.fresh(noteId);
        }
    }

    /** Writes the note's rehearsals atomically, keeping keys this version does not know. */
    public void save(Rehearsal r) {
        ws.readOnlyReason().ifPresent(why -> {
            throw new StoreException(StoreException.Reason.READ_ONLY, why + "; the review was not recorded");
        });
        Path f = fileOf(r.noteId());
        ObjectNode extras = null;
        try {
            extras = read(f).extras();
        } catch (IOException | RuntimeException e) {
            // no file yet, or one that was quarantined on load: nothing to keep from it
        }
        try {
            Files.createDirectories(folder());
            files.write(f, codec.encode(r, extras));
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED,
                    "cannot record the review: " + Workspace.describe(e), e);
        }
    }

    private JsonCodec.Decoded<Rehearsal> read(Path f) throws IOException {
        long size = Files.size(f);
        if (size > JsonCodec.MAX_FILE_BYTES) {
            throw new JsonCodec.InvalidFileException("the file is too large");
        }
        if (size == 0) {
            throw new JsonCodec.InvalidFileException("the file is empty");
        }
        JsonCodec.Decoded<Rehearsal> d = codec.decode(Files.readAllBytes(f));
        if (!f.getFileName().toString().equals(d.value().noteId() + ".json")) {
            throw new JsonCodec.InvalidFileException("its note \"" + d.value().noteId() + "\" does not match the file name");
        }
        return d;
    }

    private Problem bad(Path f, String reason) {
        String name = FOLDER + "/" + f.getFileName();
        String moved = ws.isReadOnly() ? null : quarantine(f, name, reason);
        return new Problem(name, reason, moved);
    }

    private String quarantine(Path f, String name, String reason) {
        Path qdir = ws.root().resolve(WorkspaceLayout.QUARANTINE);
        try {
            Files.createDirectories(qdir);
            String base = Instant.now().toString().replace(':', '-') + "-" + FOLDER + "-" + f.getFileName();
            Files.move(f, qdir.resolve(base), StandardCopyOption.ATOMIC_MOVE);
            files.write(qdir.resolve(base + ".reason.txt"), (name + ": " + reason + "\n").getBytes(StandardCharsets.UTF_8));
            return WorkspaceLayout.QUARANTINE + "/" + base;
        } catch (IOException e) {
            return null;
        }
    }

    private static String reasonOf(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : Workspace.describe(e);
    }
}
