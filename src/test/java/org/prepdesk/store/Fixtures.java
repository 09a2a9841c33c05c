package org.prepdesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;

/** Small helpers to lay out workspaces on disk for store tests. */
final class Fixtures {
    static final String SECTION_ID = "s0000000000cd";

    private Fixtures() {
    }

    /** A workspace with one section of the fixed id {@link #SECTION_ID}, closed again. */
    static Path workspaceWithFixedSection(Path dir) throws IOException {
        Workspace.create(dir, "fixture").close();
        Section s = new Section(SECTION_ID, null, 1024, "Fixed", Instant.parse("2026-01-01T00:00:00Z"), null);
        Files.write(dir.resolve("sections").resolve(SECTION_ID + ".json"), new JsonCodec().encodeSection(s, null));
        return dir;
    }

    static Note note(String id, String title) {
        return new Note(id, SECTION_ID, 1024, Kind.NOTE, title, "body of " + title, List.of("t"), List.of(), Star.EMPTY,
                List.of(), 0, Instant.parse("2026-01-01T00:00:00Z"), null);
    }

    static void writeNote(Path ws, Note n) throws IOException {
        Files.write(ws.resolve("notes").resolve(n.id() + ".json"), new JsonCodec().encodeNote(n, null));
    }

    static String read(Path f) throws IOException {
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    /** The reason file written beside a quarantined file. */
    static String readReason(Path ws, Problem p) {
        try {
            return read(ws.resolve(p.quarantinedTo() + ".reason.txt"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
