package org.prepdesk.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.prepdesk.model.Rehearsal;
import org.prepdesk.store.Ids;
import org.prepdesk.store.JsonCodec;
import org.prepdesk.store.Problem;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;

/**
 * The rehearsal records of a workspace, read and written through the store's companion files
 * ({@link RehearsalCompanion}): one {@code rehearsal/<noteId>.json} per note rehearsed at least once,
 * written atomically by the workspace, never touching the note's own file. A damaged file reads as
 * never rehearsed; the workspace reports it and, when writing, sets it aside in quarantine.
 * Thread-safe: no state of its own (the workspace serialises its file work).
 */
public final class RehearsalStore {
    /** The records that load, by note id, and the rehearsal files that did not. */
    public record Listing(Map<String, Rehearsal> rehearsals, List<Problem> problems) {
    }

    private final Workspace ws;
    private final RehearsalCompanion kind = new RehearsalCompanion();

    public RehearsalStore(Workspace ws) {
        this.ws = ws;
    }

    /** The file of one note's rehearsals (it may not exist). */
    public Path fileOf(String noteId) {
        requireId(noteId);
        return ws.fileOfCompanion(kind, noteId);
    }

    /** Every record on file, and the rehearsal files reported as damaged or stray. */
    public Listing listing() {
        Map<String, Rehearsal> out = new HashMap<>();
        // files reported already (when the workspace opened) are not read, and so not reported, again
        java.util.Set<String> reported = new java.util.HashSet<>();
        ws.problems().forEach(p -> reported.add(p.file()));
        Path dir = ws.root().resolve(RehearsalCompanion.FOLDER);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    String id = name.endsWith(".json") ? name.substring(0, name.length() - 5) : "";
                    if (Ids.isValid(id) && !name.startsWith(".")
                            && !reported.contains(RehearsalCompanion.FOLDER + "/" + name)) {
                        read(id).ifPresent(r -> out.put(id, r));
                    }
                }
            } catch (IOException e) {
                throw new StoreException(StoreException.Reason.INVALID, "cannot list " + RehearsalCompanion.FOLDER + "/: "
                        + Workspace.describe(e), e);
            }
        }
        List<Problem> problems = ws.problems().stream()
                .filter(p -> p.file().startsWith(RehearsalCompanion.FOLDER + "/")).distinct().toList();
        return new Listing(Map.copyOf(out), problems);
    }

    /** The note's record: {@link Rehearsal#fresh} when it was never rehearsed, or when its file is damaged. */
    public Rehearsal load(String noteId) {
        requireId(noteId);
        return read(noteId).orElseGet(() -> Rehearsal.fresh(noteId));
    }

    private Optional<Rehearsal> read(String noteId) {
        return decoded(noteId).map(d -> withId(d.value(), noteId));
    }

    private Optional<JsonCodec.Decoded<Rehearsal>> decoded(String noteId) {
        Optional<byte[]> bytes = ws.readCompanion(kind, noteId);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(kind.codec().decode(bytes.get()));
        } catch (IOException e) {
            return Optional.empty(); // cannot happen: the workspace validated these bytes with the same codec
        }
    }

    /** The file name says whose record it is; a copied file keeps working under its new name. */
    private static Rehearsal withId(Rehearsal r, String noteId) {
        return r.noteId().equals(noteId) ? r : new Rehearsal(noteId, r.schedule(), r.targetSeconds(), r.log());
    }

    /** Writes the note's record atomically, keeping keys this version does not know. */
    public void save(Rehearsal r) {
        ws.readOnlyReason().ifPresent(why -> {
            throw new StoreException(StoreException.Reason.READ_ONLY, why + "; the review was not recorded");
        });
        requireId(r.noteId());
        ObjectNode extras = decoded(r.noteId()).map(JsonCodec.Decoded::extras).orElse(null);
        ws.writeCompanion(kind, r.noteId(), kind.codec().encode(r, extras));
    }

    private static void requireId(String noteId) {
        if (!Ids.isValid(noteId)) {
            throw new StoreException(StoreException.Reason.INVALID, "\"" + noteId + "\" is not a valid note id");
        }
    }
}
