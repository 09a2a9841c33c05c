package org.prepdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/**
 * A note file edited behind the index's back (an editor, a git pull) that keeps the note's
 * {@code updated}: the next open of a fresh workspace and index must find the new words at once, not
 * after the background check a long-lived window runs seconds later.
 */
class OutsideEditSearchTest {
    @TempDir
    Path dir;

    Path root;
    Note story;

    @BeforeEach
    void indexOneStoryAndClose() throws IOException {
        root = dir.resolve("ws");
        try (Workspace ws = Workspace.create(root, "test")) {
            story = ws.createNote(ws.createSection(null, "C").id(),
                    Note.draft(Kind.STORY, "API design conflict").withBody("Two teams disagreed"));
            try (NoteIndex index = NoteIndex.open(ws, IndexProgress.NONE)) {
                assertThat(index.search("conflict", 10).hits()).hasSize(1);
            }
        }
    }

    /**
     * Rewrites the note's file in place, as an editor saving over it does; {@code updated} stays as it was.
     * Returns how many bytes the file grew.
     */
    long editBehindTheIndex(String from, String to) throws IOException {
        Path file = root.resolve("notes").resolve(story.id() + ".json");
        FileTime before = Files.getLastModifiedTime(file);
        long sizeBefore = Files.size(file);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains(from).contains(story.updated().toString());
        waitForTheClockToMovePast(before);
        Files.writeString(file, json.replace(from, to), StandardCharsets.UTF_8);
        assertThat(Files.getLastModifiedTime(file)).as("an edit moves the file's time").isNotEqualTo(before);
        return Files.size(file) - sizeBefore;
    }

    /** File times move in clock ticks of a few milliseconds: an edit in the same tick as the save would keep them. */
    static void waitForTheClockToMovePast(FileTime t) {
        while (System.currentTimeMillis() <= t.toMillis() + 20) {
            Thread.onSpinWait();
        }
    }

    String[] titlesFromAFreshOpen(String query) throws IOException {
        try (Workspace ws = Workspace.open(root, Workspace.Access.WRITE);
             NoteIndex index = NoteIndex.open(ws, IndexProgress.NONE)) {
            assertThat(ws.note(story.id()).orElseThrow().updated()).isEqualTo(story.updated());
            return index.search(query, 10).hits().stream().map(SearchHit::title).toArray(String[]::new);
        }
    }

    @Test
    void anEditOfTheSameSizeIsFoundByTheNextOpen() throws IOException {
        assertThat(editBehindTheIndex("teams disagreed", "zeppelin argued")).as("same size").isZero();
        assertThat(titlesFromAFreshOpen("zeppelin")).containsExactly("API design conflict");
        assertThat(titlesFromAFreshOpen("disagreed")).isEmpty();
    }

    @Test
    void anEditOfAnotherSizeIsFoundByTheNextOpen() throws IOException {
        assertThat(editBehindTheIndex("Two teams disagreed", "Two teams disagreed about the zeppelin hangar")).isPositive();
        assertThat(titlesFromAFreshOpen("zeppelin hangar")).containsExactly("API design conflict");
    }

    @Test
    void anEditIsFoundByAReadOnlyOpenWhileAnotherProcessHoldsTheIndex() throws IOException {
        editBehindTheIndex("teams disagreed", "zeppelin argued");
        try (Workspace ws = Workspace.open(root, Workspace.Access.READ);
             NoteIndex index = NoteIndex.openReadOnly(ws, IndexProgress.NONE)) {
            assertThat(index.search("zeppelin", 10).hits()).extracting(SearchHit::title).containsExactly("API design conflict");
            assertThat(index.search("disagreed", 10).hits()).isEmpty();
        }
    }
}
