package org.prepdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;

/** Which field of a note its snippet is taken from, on a real workspace and on-disk index. */
class NoteIndexSnippetTest {
    @TempDir
    Path dir;

    Workspace ws;
    NoteIndex index;
    Section stories;

    @BeforeEach
    void createWorkspace() {
        ws = Workspace.create(dir.resolve("ws"), "test");
        stories = ws.createSection(null, "Stories");
    }

    @AfterEach
    void closeAll() {
        if (index != null) {
            index.close();
        }
        ws.close();
    }

    String snippet(String query) {
        index.awaitPending();
        SearchResult r = index.search(query, 20);
        assertThat(r.hits()).as("hits for %s", query).hasSize(1);
        return r.hits().get(0).snippet();
    }

    @Test
    void theSnippetComesFromTheFieldHoldingMostOfTheQueryWords() throws IOException {
        ws.createNote(stories.id(), Note.draft(Kind.STORY, "Moving the warehouse").withStar(new Star(
                "Nobody trusted the nightly warehouse load.",
                "Move every table without breaking a single billing report.",
                "I ran the old and new loads side by side for two weeks and deleted the alerts nobody could act on.",
                "Every table moved with zero broken reports and half the load time.")));
        index = NoteIndex.open(ws, IndexProgress.NONE);

        assertThat(snippet("zero broken reports")).startsWith("Every table moved with zero broken reports");
        assertThat(snippet("deleted alerts nobody could act")).startsWith("I ran the old and new loads");
    }

    @Test
    void onATieTheBodyComesBeforeTheStarFields() throws IOException {
        ws.createNote(stories.id(), Note.draft(Kind.STORY, "Pager load").withBody("We split the pager rotation.")
                .withStar(new Star("The pager woke everyone.", "", "I split the rotation by team.", "")));
        index = NoteIndex.open(ws, IndexProgress.NONE);

        assertThat(snippet("split rotation")).isEqualTo("We split the pager rotation.");
        assertThat(snippet("pager")).isEqualTo("We split the pager rotation.");
        assertThat(snippet("woke")).isEqualTo("The pager woke everyone.");
    }
}
