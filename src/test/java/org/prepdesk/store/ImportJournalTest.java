package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/** An import whose process died (its journal never finished) is taken back by the next writer, reported to readers. */
class ImportJournalTest {
    @TempDir
    Path dir;

    @Test
    void aWriterTrashesWhatACutOffImportWroteAndAReaderOnlyReportsIt() {
        Path root = dir.resolve("ws");
        String mine;
        String anchor;
        try (Workspace ws = Workspace.create(root, "journal")) {
            anchor = ws.createSection(null, "Imports").id();
            mine = ws.createSection(anchor, "Written by hand").id();
            ImportJournal.begin(ws, anchor);
            Section half = ws.createSection(anchor, "half-imported");
            ws.createNote(half.id(), Note.draft(Kind.NOTE, "first note"));
            // the process dies here: no finish(), no rollback
        }
        assertThat(Files.exists(root.resolve(WorkspaceLayout.IMPORT_JOURNAL))).isTrue();

        try (Workspace reader = Workspace.open(root, Workspace.Access.READ)) {
            assertThat(reader.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(WorkspaceLayout.IMPORT_JOURNAL);
                assertThat(p.reason()).contains("\"Imports / half-imported\"").contains("next opened for writing");
            });
            assertThat(reader.noteCount()).as("a reader moves nothing").isEqualTo(1);
        }
        try (Workspace writer = Workspace.open(root, Workspace.Access.WRITE)) {
            assertThat(writer.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                    .isEqualTo("an import was cut off before it finished; what it had written (\"Imports / half-imported\") "
                            + "was moved to the trash, so nothing of it was imported"));
            assertThat(writer.noteCount()).isZero();
            assertThat(writer.children(anchor)).extracting(Section::id).containsExactly(mine);
            assertThat(writer.trash()).hasSize(1);
        }
        assertThat(Files.exists(root.resolve(WorkspaceLayout.IMPORT_JOURNAL))).isFalse();
        try (Workspace again = Workspace.open(root, Workspace.Access.WRITE)) {
            assertThat(again.problems()).as("reported once").isEmpty();
        }
    }

    @Test
    void aFinishedImportLeavesNoMarker() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "journal")) {
            ImportJournal j = ImportJournal.begin(ws, null);
            ws.createSection(null, "done");
            j.finish();
            assertThat(Files.exists(ws.root().resolve(WorkspaceLayout.IMPORT_JOURNAL))).isFalse();
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws"), Workspace.Access.WRITE)) {
            assertThat(ws.problems()).isEmpty();
            assertThat(ws.sections()).hasSize(1);
        }
    }
}
