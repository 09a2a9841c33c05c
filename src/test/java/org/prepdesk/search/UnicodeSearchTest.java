package org.prepdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;

/**
 * The same word typed composed (NFC: "é" is one code point, as most keyboards give it) or decomposed
 * (NFD: "e" plus a combining accent, as macOS file names and some pasted text give it) finds the same
 * notes; emoji are searchable words too.
 */
class UnicodeSearchTest {
    private static final String CAFE_NFC = Normalizer.normalize("café", Normalizer.Form.NFC);
    private static final String CAFE_NFD = Normalizer.normalize("café", Normalizer.Form.NFD);
    private static final String NAIVE_NFC = Normalizer.normalize("naïve", Normalizer.Form.NFC);
    private static final String NAIVE_NFD = Normalizer.normalize("naïve", Normalizer.Form.NFD);

    @TempDir
    Path dir;

    Workspace ws;
    NoteIndex index;
    Section section;

    @BeforeEach
    void createWorkspace() {
        ws = Workspace.create(dir.resolve("ws"), "unicode");
        section = ws.createSection(null, "Résumé");
        assertThat(CAFE_NFC).isNotEqualTo(CAFE_NFD);
        assertThat(CAFE_NFD).hasSize(CAFE_NFC.length() + 1);
    }

    @AfterEach
    void closeAll() {
        if (index != null) {
            index.close();
        }
        ws.close();
    }

    private Note add(String title, String body) {
        return ws.createNote(section.id(), Note.draft(Kind.NOTE, title).withBody(body));
    }

    private List<String> titles(String query) {
        index.awaitPending();
        return index.search(query, 20).hits().stream().map(SearchHit::title).sorted().toList();
    }

    @Test
    void composedAndDecomposedFormsOfAWordFindEachOther() throws IOException {
        add("Composed " + CAFE_NFC, "Met at the " + CAFE_NFC + " near the office; a " + NAIVE_NFC + " plan.");
        add("Decomposed " + CAFE_NFD, "A " + NAIVE_NFD + " estimate of the " + CAFE_NFD + " budget.");
        add("Plain cafe", "No accent here: cafe, naive.");
        index = NoteIndex.open(ws, IndexProgress.NONE);

        List<String> both = List.of("Composed " + CAFE_NFC, "Decomposed " + CAFE_NFD);
        for (String q : List.of(CAFE_NFC + " ", CAFE_NFD + " ", NAIVE_NFC + " ", NAIVE_NFD + " ", "title:" + CAFE_NFD,
                "\"the " + CAFE_NFD + "\"")) {
            assertThat(titles(q)).as("query %s", q.codePoints().mapToObj(Integer::toHexString).toList())
                    .containsAll(both);
        }
        assertThat(titles(CAFE_NFD)).as("typed so far, decomposed").containsAll(both);
        assertThat(titles(CAFE_NFC)).as("typed so far, composed").containsAll(both);
    }

    @Test
    void aNoteSavedLaterInTheOtherFormIsFoundToo() throws IOException {
        index = NoteIndex.open(ws, IndexProgress.NONE);
        add("Later", "Ordering at the " + CAFE_NFD + " counter");
        assertThat(titles(CAFE_NFC + " counter")).containsExactly("Later");
    }

    @Test
    void emojiAreSearchableAndDoNotHideTheWordsBesideThem() throws IOException {
        add("🚀 launch", "Shipped the 🚀 launch checklist; team 👩‍💻 on call.");
        add("Landing", "Nothing to see.");
        index = NoteIndex.open(ws, IndexProgress.NONE);
        assertThat(titles("launch ")).containsExactly("🚀 launch");
        assertThat(titles("🚀")).containsExactly("🚀 launch");
        assertThat(titles("🚀 launch")).containsExactly("🚀 launch");
        assertThat(titles("👩‍💻")).containsExactly("🚀 launch");
        SearchHit hit = index.search("launch ", 5).hits().get(0);
        assertThat(hit.hits()).as("offsets point at the word in the note's own text")
                .anySatisfy(h -> assertThat(h.field()).isEqualTo("title"));
        SearchHit.FieldSpan title = hit.hits().stream().filter(h -> h.field().equals("title")).findFirst().orElseThrow();
        assertThat("🚀 launch".substring(title.start(), title.end())).isEqualTo("launch");
    }

    @Test
    void decomposedTextIsMarkedAtTheRightPlaceInTheNotesOwnText() throws IOException {
        String body = "Before " + CAFE_NFD + " after " + CAFE_NFD + " budget";
        add("Marks", body);
        index = NoteIndex.open(ws, IndexProgress.NONE);
        SearchHit hit = index.search("budget ", 5).hits().get(0);
        SearchHit.FieldSpan span = hit.hits().stream().filter(h -> h.field().equals("body")).findFirst().orElseThrow();
        assertThat(body.substring(span.start(), span.end())).isEqualTo("budget");
        SearchHit cafe = index.search(CAFE_NFC + " ", 5).hits().get(0);
        SearchHit.FieldSpan first = cafe.hits().stream().filter(h -> h.field().equals("body")).findFirst().orElseThrow();
        assertThat(body.substring(first.start(), first.end())).isEqualTo(CAFE_NFD);
    }
}
