package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/** Issue 12, part 1: `search` finds what an editor or a git pull wrote into a note file, keeping its `updated`. */
class SearchAfterOutsideEditTest {
    @TempDir
    Path dir;

    @Test
    void theNextSearchCommandFindsAWordAddedToANoteFileOutsidePrepDesk() throws Exception {
        Path ws = dir.resolve("ws");
        String id;
        try (Workspace w = Workspace.create(ws, "cli")) {
            id = w.createNote(w.createSection(null, "C").id(),
                    Note.draft(Kind.STORY, "API design conflict").withBody("Two teams disagreed")).id();
        }
        CliRun first = CliRun.of("search", "--workspace", ws.toString(), "conflict");
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("API design conflict");

        Path file = ws.resolve("notes").resolve(id + ".json");
        FileTime saved = Files.getLastModifiedTime(file);
        while (System.currentTimeMillis() <= saved.toMillis() + 20) {
            Thread.onSpinWait();   // file times move in ticks of a few milliseconds; an editor comes later than that
        }
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, json.replace("Two teams disagreed", "Two teams disagreed about the zeppelin"),
                StandardCharsets.UTF_8);

        CliRun show = CliRun.of("show", "--workspace", ws.toString(), id);
        assertThat(show.out()).contains("zeppelin");
        CliRun found = CliRun.of("search", "--workspace", ws.toString(), "zeppelin");
        assertThat(found.code()).isZero();
        assertThat(found.out()).contains("API design conflict").doesNotContain("No notes match");
    }
}
