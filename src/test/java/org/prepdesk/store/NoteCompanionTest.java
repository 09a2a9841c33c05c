package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/** The seam where a new kind of per-note file plugs in, seen through a kind that only tests have. */
class NoteCompanionTest {
    private static final NoteCompanion TALLY = new TallyCompanion();

    @TempDir
    Path dir;

    private Workspace ws;
    private Section section;
    private Note note;
    private final List<WorkspaceEvent> events = new ArrayList<>();

    @BeforeEach
    void aNoteWithATally() {
        ws = Workspace.create(dir, "companions");
        section = ws.createSection(null, "Stories");
        note = ws.createNote(section.id(), Note.draft(Kind.STORY, "Outage"));
        ws.writeCompanion(TALLY, note.id(), TallyCompanion.count(3));
        ws.addListener(events::add);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Workspace reopen(Workspace.Access access) {
        ws.close();
        ws = Workspace.open(dir, access);
        return ws;
    }

    private String tally(Workspace w, String noteId) {
        return w.readCompanion(TALLY, noteId).map(b -> new String(b, StandardCharsets.UTF_8).strip()).orElse("none");
    }

    @Test
    void aKindNamedInTheServicesFileIsKnownToEveryWorkspace() {
        assertThat(NoteCompanion.installed()).contains(TALLY);
        assertThat(ws.companions()).contains(TALLY);
    }

    @Test
    void theFileIsWrittenBesideTheNoteAndReadBackAfterReopening() throws IOException {
        assertThat(ws.fileOfCompanion(TALLY, note.id())).isEqualTo(dir.resolve("tally").resolve(note.id() + ".json"));
        assertThat(reopen(Workspace.Access.WRITE).problems()).isEmpty();
        assertThat(tally(ws, note.id())).isEqualTo("{\"count\": 3}");
    }

    @Test
    void writingAndDeletingTheCompanionNeverTouchesTheNoteFile() throws IOException {
        byte[] noteBefore = Files.readAllBytes(ws.fileOfNote(note.id()));
        long stampBefore = ws.noteFileStampKey(note.id());
        ws.writeCompanion(TALLY, note.id(), TallyCompanion.count(4));
        assertThat(ws.deleteCompanion(TALLY, note.id())).isTrue();
        assertThat(ws.deleteCompanion(TALLY, note.id())).isFalse();
        assertThat(Files.readAllBytes(ws.fileOfNote(note.id()))).isEqualTo(noteBefore);
        assertThat(ws.noteFileStampKey(note.id())).isEqualTo(stampBefore);
        assertThat(events).isEmpty();
    }

    @Test
    void theCompanionStaysWhenTheNoteMovesOrChanges() {
        Section other = ws.createSection(null, "Other");
        ws.moveNote(note.id(), other.id(), 0);
        ws.updateNote(ws.note(note.id()).orElseThrow().withBody("edited"));
        assertThat(tally(ws, note.id())).isEqualTo("{\"count\": 3}");
    }

    @Test
    void trashingANoteTakesItsCompanionAlongAndRestoringBringsItBack() {
        ws.trashNote(note.id());
        assertThat(Files.exists(ws.fileOfCompanion(TALLY, note.id()))).isFalse();
        assertThat(dir.resolve("trash/tally/" + note.id() + ".json")).exists();
        assertThat(tally(ws, note.id())).isEqualTo("none");
        assertThat(ws.trash()).hasSize(1);   // the companion is not an item of its own

        ws.restore(note.id());
        assertThat(tally(ws, note.id())).isEqualTo("{\"count\": 3}");
        assertThat(dir.resolve("trash/tally/" + note.id() + ".json")).doesNotExist();
    }

    @Test
    void trashingASectionTakesTheCompanionsOfAllItsNotesAndRestoringBringsThemBack() {
        Section sub = ws.createSection(section.id(), "Deeper");
        Note deep = ws.createNote(sub.id(), Note.draft(Kind.NOTE, "Deep"));
        ws.writeCompanion(TALLY, deep.id(), TallyCompanion.count(9));
        ws.trashSection(section.id());
        assertThat(reopen(Workspace.Access.WRITE).problems()).isEmpty();   // no companion left without its note
        ws.restore(section.id());
        assertThat(tally(ws, note.id())).isEqualTo("{\"count\": 3}");
        assertThat(tally(ws, deep.id())).isEqualTo("{\"count\": 9}");
    }

    @Test
    void aDamagedCompanionIsQuarantinedByAWriterAndOnlyThatNoteStartsOver() throws IOException {
        Note second = ws.createNote(section.id(), Note.draft(Kind.NOTE, "Second"));
        ws.writeCompanion(TALLY, second.id(), TallyCompanion.count(1));
        Path damaged = ws.fileOfCompanion(TALLY, note.id());
        ws.close();
        Files.writeString(damaged, "{\"count\": ");   // torn

        reopen(Workspace.Access.WRITE);
        assertThat(ws.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("tally/" + note.id() + ".json");
            assertThat(p.reason()).contains("not valid JSON");
            assertThat(p.quarantinedTo()).startsWith(".prepdesk/quarantine/");
            assertThat(dir.resolve(p.quarantinedTo())).hasContent("{\"count\": ");
        });
        assertThat(damaged).doesNotExist();
        assertThat(ws.note(note.id())).isPresent();
        assertThat(tally(ws, note.id())).isEqualTo("none");
        assertThat(tally(ws, second.id())).isEqualTo("{\"count\": 1}");
        ws.writeCompanion(TALLY, note.id(), TallyCompanion.count(0));   // starts over
        assertThat(tally(ws, note.id())).isEqualTo("{\"count\": 0}");
    }

    @Test
    void aReaderAsCheckOpensItReportsADamagedCompanionAndLeavesItWhereItIs() throws IOException {
        Path damaged = ws.fileOfCompanion(TALLY, note.id());
        ws.close();
        Files.writeString(damaged, "{\"count\": -1}");
        try (Workspace check = Workspace.openReadingEveryFile(dir)) {
            assertThat(check.problems()).singleElement().satisfies(p -> {
                assertThat(p.describe()).isEqualTo("tally/" + note.id() + ".json: it holds no count");
                assertThat(p.quarantinedTo()).isNull();
            });
        }
        assertThat(damaged).hasContent("{\"count\": -1}");
        ws = Workspace.open(dir, Workspace.Access.WRITE);
    }

    @Test
    void aCompanionWhoseNoteIsGoneIsReported() throws IOException {
        ws.close();
        Files.writeString(dir.resolve("tally/n00000000gone.json"), "{\"count\": 2}");
        reopen(Workspace.Access.READ);
        assertThat(ws.problems()).extracting(Problem::describe)
                .containsExactly("tally/n00000000gone.json: its note \"n00000000gone\" does not exist");
    }

    @Test
    void bytesTheKindRefusesAreNotWrittenAndTheOldFileStays() {
        assertThatThrownBy(() -> ws.writeCompanion(TALLY, note.id(), "[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID);
                    assertThat(e.getMessage()).isEqualTo("not a valid tally file: it holds no count");
                });
        assertThat(tally(ws, note.id())).isEqualTo("{\"count\": 3}");
    }

    @Test
    void aCompanionOfNoNoteOrOfAKindTheWorkspaceDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> ws.writeCompanion(TALLY, "n0000000none0", TallyCompanion.count(1)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_FOUND));
        ws.close();
        ws = Workspace.open(dir, Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "command", List.of());
        assertThatThrownBy(() -> ws.writeCompanion(TALLY, note.id(), TallyCompanion.count(1)))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID);
                    assertThat(e.getMessage()).contains("not known to this workspace");
                });
    }

    @Test
    void aReadOnlyWorkspaceRefusesToWriteACompanion() {
        reopen(Workspace.Access.READ);
        assertThatThrownBy(() -> ws.writeCompanion(TALLY, note.id(), TallyCompanion.count(1)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.READ_ONLY));
    }

    @Test
    void aCompanionChangedOutsideIsNotOverwrittenUntilARescanReadsIt() throws IOException {
        Path f = ws.fileOfCompanion(TALLY, note.id());
        Files.writeString(f, "{\"count\": 40, \"from\": \"sync\"}");
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5000));
        assertThatThrownBy(() -> ws.writeCompanion(TALLY, note.id(), TallyCompanion.count(4)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT));

        assertThat(ws.rescan()).isEmpty();   // no note changed ...
        assertThat(events).containsExactly(new WorkspaceEvent.Reloaded());   // ... but a companion did
        ws.writeCompanion(TALLY, note.id(), TallyCompanion.count(41));
        assertThat(tally(ws, note.id())).isEqualTo("{\"count\": 41}");
    }

    @Test
    void aKindMayNotTakeAFolderOfTheWorkspaceItself() {
        NoteCompanion intoNotes = new NoteCompanion() {
            @Override
            public String folder() {
                return "notes";
            }

            @Override
            public void validate(byte[] bytes) {
            }
        };
        ws.close();
        assertThatThrownBy(() -> Workspace.open(dir, Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "command",
                List.of(intoNotes))).isInstanceOf(IllegalArgumentException.class);
        ws = Workspace.open(dir, Workspace.Access.WRITE);   // the lock was not left taken
    }

    @Test
    void theNoteFileStampKeyFollowsTheNoteFile() {
        long written = ws.noteFileStampKey(note.id());
        assertThat(written).isNotZero();
        assertThat(ws.noteFileStampKey(note.id())).isEqualTo(written);
        ws.updateNote(note.withBody("a longer body than before"));
        long rewritten = ws.noteFileStampKey(note.id());
        assertThat(rewritten).isNotEqualTo(written);
        assertThat(reopen(Workspace.Access.READ).noteFileStampKey(note.id())).isEqualTo(rewritten);
        assertThat(ws.noteFileStampKey("n0000000none0")).isZero();
        assertThat(ws.noteFileStampKey("../escape")).isZero();
    }
}
