package org.prepdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitMessagesTest {
    private static Change added(String id, String title) {
        String json = "{\"id\":\"" + id + "\",\"kind\":\"story\",\"title\":\"" + title + "\"}";
        return new Change("notes/" + id + ".json", null, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTitlesOfSeveralNotesAreListedAlphabeticallyWhateverOrderTheirFilesCameIn() {
        List<Change> changes = new ArrayList<>(List.of(added("z1", "pager storm"), added("a9", "Convincing checkout"),
                added("m4", "Budget cut"), added("b2", "Zero downtime")));
        String first = CommitMessages.describe(changes, null);
        Collections.reverse(changes);
        assertThat(CommitMessages.describe(changes, null)).isEqualTo(first)
                .isEqualTo("Add 4 notes: Budget cut, Convincing checkout, pager storm, …");
    }

    @Test
    void oneNoteIsNamedWithItsKind() {
        assertThat(CommitMessages.describe(List.of(added("a1", "Convincing checkout")), null))
                .isEqualTo("Add story: Convincing checkout");
    }
}
