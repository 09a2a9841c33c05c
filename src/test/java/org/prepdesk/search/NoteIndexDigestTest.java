package org.prepdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/** The commit digest that lets an unchanged workspace open without fingerprinting every note. */
class NoteIndexDigestTest {
    @TempDir
    Path dir;

    Workspace ws;
    Section section;

    @BeforeEach
    void createWorkspace() {
        ws = Workspace.create(dir.resolve("ws"), "test");
        section = ws.createSection(null, "Stories");
    }

    @AfterEach
    void closeWorkspace() {
        ws.close();
    }

    Map<String, String> lastCommitData() throws IOException {
        try (FSDirectory d = FSDirectory.open(ws.root().resolve(WorkspaceLayout.INDEX))) {
            return SegmentInfos.readLatestCommit(d).getUserData();
        }
    }

    @Test
    void everyCommitCarriesTheDigestOfTheNotesItHolds() throws IOException {
        ws.createNote(section.id(), Note.draft(Kind.STORY, "Failover drill").withBody("We rehearsed the failover."));
        try (NoteIndex index = NoteIndex.open(ws, IndexProgress.NONE)) {
            assertThat(index.search("failover", 10).hits()).hasSize(1);
        }
        assertThat(lastCommitData()).containsEntry(NoteField.DIGEST_KEY, Fingerprints.workspaceDigest(ws));

        Note later;
        try (NoteIndex index = NoteIndex.open(ws, IndexProgress.NONE)) {
            later = ws.createNote(section.id(), Note.draft(Kind.NOTE, "Capacity plan").withBody("Headroom for failover."));
            index.awaitPending();
            assertThat(index.search("failover", 10).hits()).hasSize(2);
        }
        assertThat(lastCommitData()).containsEntry(NoteField.DIGEST_KEY, Fingerprints.workspaceDigest(ws));

        ws.trashNote(later.id());   // while the index is closed: the digest no longer matches, so open catches up
        assertThat(lastCommitData().get(NoteField.DIGEST_KEY)).isNotEqualTo(Fingerprints.workspaceDigest(ws));
        try (NoteIndex index = NoteIndex.open(ws, IndexProgress.NONE)) {
            assertThat(index.search("failover", 10).hits()).extracting(SearchHit::title).containsExactly("Failover drill");
        }
        assertThat(lastCommitData()).containsEntry(NoteField.DIGEST_KEY, Fingerprints.workspaceDigest(ws));
    }
}
