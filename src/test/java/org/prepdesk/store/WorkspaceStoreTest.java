package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

class WorkspaceStoreTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private final List<WorkspaceEvent> events = new ArrayList<>();

    @BeforeEach
    void create() {
        ws = Workspace.create(dir, "store");
        ws.addListener(events::add);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Workspace reopen() {
        ws.close();
        ws = Workspace.open(dir, Workspace.Access.WRITE);
        return ws;
    }

    private Set<Path> allFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    // ---------------------------------------------------------------- paths

    @Test
    void hostileTitlesAndSectionNamesNeverNameAFileOrLeaveTheWorkspace() throws IOException {
        List<String> hostile = List.of("../../escape", "..\\..\\escape", "C:\\Windows\\win.ini", "a:b", "nul\u0000byte",
                "CON", "PRN", "AUX", "NUL", "COM1", "LPT1", "/etc/passwd", ".", "..", "x".repeat(1000));
        for (String h : hostile) {
            Section s = ws.ensureSectionPath(List.of(h, h));
            Note n = ws.createNote(s.id(), Note.draft(Kind.NOTE, h).withBody(h));
            assertThat(ws.fileOfNote(n.id())).isEqualTo(dir.resolve("notes").resolve(n.id() + ".json"));
        }
        Path parent = dir.getParent();
        try (Stream<Path> siblings = Files.list(parent)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).doesNotContain("escape");
        }
        for (Path f : allFiles()) {
            assertThat(f.normalize()).startsWith(dir);
            String name = f.getFileName().toString();
            if (!f.startsWith(dir.resolve(".prepdesk")) && !name.equals("prepdesk.json")) {
                assertThat(name).matches("[ns][0-9a-z]{12}\\.json");
            }
        }
        reopen();
        assertThat(ws.problems()).isEmpty();
        assertThat(ws.noteCount()).isEqualTo(hostile.size());
        assertThat(ws.notes()).extracting(Note::title).contains("../../escape", "CON", "x".repeat(1000), "nul\u0000byte");
        assertThat(ws.sections()).extracting(Section::title).contains("nul byte", "..\\..\\escape")
                .allSatisfy(t -> assertThat(t).doesNotContain("\u0000"));
    }

    @Test
    void idsThatCouldNameAPathAreRefused() {
        for (String bad : List.of("../x", "a/b", "a\\b", "", "n1.json", "x".repeat(65), "con:1")) {
            assertThatThrownBy(() -> ws.fileOfNote(bad)).isInstanceOf(StoreException.class);
        }
        assertThat(ws.note("../prepdesk")).isEmpty();
        assertThatThrownBy(() -> ws.restore("../../etc")).isInstanceOf(StoreException.class);
    }

    // ---------------------------------------------------------------- unknown fields through the store

    @Test
    void unknownFieldsSurviveUpdateNoteMoveTrashAndRestore() throws IOException {
        Section s = ws.createSection(null, "A");
        Section other = ws.createSection(null, "B");
        Note n = ws.createNote(s.id(), Note.draft(Kind.NOTE, "Has extras"));
        Path f = ws.fileOfNote(n.id());
        String withExtra = Files.readString(f).replaceFirst("\\{", "{\n  \"pinned\": true,\n  \"plugin\": {\"x\": [1]},");
        Files.writeString(f, withExtra);
        reopen();
        ws.updateNote(ws.note(n.id()).orElseThrow().withBody("changed"));
        assertExtras(f);
        ws.moveNote(n.id(), other.id(), 0);
        assertExtras(f);
        ws.trashNote(n.id());
        ws.restore(n.id());
        assertExtras(f);
        assertThat(Files.readString(f)).doesNotContain("trashedAt").contains("\"body\": \"changed\"");
    }

    private static void assertExtras(Path f) throws IOException {
        ObjectNode o = new JsonCodec().parseObject(Files.readAllBytes(f));
        assertThat(o.get("pinned").asBoolean()).isTrue();
        assertThat(o.get("plugin").toString()).isEqualTo("{\"x\":[1]}");
    }

    // ---------------------------------------------------------------- trash and restore

    @Test
    void aTrashedNoteIsRestoredToItsSectionAndPlace() {
        Section s = ws.createSection(null, "A");
        Note first = ws.createNote(s.id(), Note.draft(Kind.NOTE, "first"));
        Note second = ws.createNote(s.id(), Note.draft(Kind.QUESTION, "second").withBody("keep me"));
        ws.createNote(s.id(), Note.draft(Kind.NOTE, "third"));
        ws.trashNote(second.id());
        assertThat(ws.note(second.id())).isEmpty();
        assertThat(ws.fileOfNote(second.id())).doesNotExist();
        assertThat(ws.trash()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(second.id());
            assertThat(t.isSection()).isFalse();
            assertThat(t.originalPath()).isEqualTo("A");
        });
        assertThat(events).contains(new WorkspaceEvent.NoteRemoved(second.id()));
        ws.restore(second.id());
        assertThat(ws.note(second.id())).contains(second);
        assertThat(ws.notesIn(s.id())).extracting(Note::title).containsExactly("first", "second", "third");
        assertThat(ws.trash()).isEmpty();
        assertThat(reopen().note(second.id())).contains(second);
        assertThat(first).isNotNull();
    }

    @Test
    void aTrashedSectionComesBackWithItsSubsectionsAndNotesInTheOriginalPlace() {
        Section top = ws.createSection(null, "Top");
        Section a = ws.createSection(top.id(), "A");
        Section a1 = ws.createSection(a.id(), "A1");
        Section b = ws.createSection(top.id(), "B");
        Note na = ws.createNote(a.id(), Note.draft(Kind.NOTE, "in A"));
        Note na1 = ws.createNote(a1.id(), Note.draft(Kind.STORY, "in A1"));
        ws.trashSection(a.id());
        assertThat(ws.section(a1.id())).isEmpty();
        assertThat(ws.note(na1.id())).isEmpty();
        assertThat(ws.trash()).singleElement().satisfies(t -> {
            assertThat(t.isSection()).isTrue();
            assertThat(t.noteCount()).isEqualTo(2);
            assertThat(t.originalPath()).isEqualTo("Top / A");
        });
        ws.restore(a.id());
        assertThat(ws.children(top.id())).extracting(Section::id).containsExactly(a.id(), b.id());
        assertThat(ws.children(a.id())).extracting(Section::id).containsExactly(a1.id());
        assertThat(ws.note(na.id())).contains(na);
        assertThat(ws.note(na1.id())).contains(na1);
        assertThat(reopen().problems()).isEmpty();
        assertThat(ws.sectionPath(na1.sectionId())).isEqualTo("Top / A / A1");
    }

    @Test
    void aNoteWhoseSectionIsGoneIsRestoredIntoRestoredFromTrash() {
        Section s = ws.createSection(null, "Temporary");
        Note n = ws.createNote(s.id(), Note.draft(Kind.ASK, "orphan to be"));
        ws.trashNote(n.id());
        ws.trashSection(s.id());
        ws.restore(n.id());
        Note back = ws.note(n.id()).orElseThrow();
        assertThat(ws.sectionPath(back.sectionId())).isEqualTo("Restored from trash");
        assertThat(back.sameContentAs(n)).isTrue();
        assertThat(reopen().problems()).isEmpty();
        // the section itself is still restorable
        ws.restore(s.id());
        assertThat(ws.section(s.id())).isPresent();
    }

    @Test
    void handWrittenIdsThatDoNotStartWithTheUsualLetterTrashAndRestore() throws IOException {
        JsonCodec codec = new JsonCodec();
        Section section = new Section("notes-section", null, 1024, "Hand made", Instant.EPOCH, null);
        Files.write(dir.resolve("sections/notes-section.json"), codec.encodeSection(section, null));
        Note note = Fixtures.note("story-1", "Written by hand").withPlace("notes-section", 1024);
        Files.write(dir.resolve("notes/story-1.json"), codec.encodeNote(note, null));
        Note other = Fixtures.note("s-looks-like-a-section", "Also by hand").withPlace("notes-section", 2048);
        Files.write(dir.resolve("notes/s-looks-like-a-section.json"), codec.encodeNote(other, null));
        reopen();
        assertThat(ws.problems()).isEmpty();
        ws.trashNote("story-1");
        ws.trashNote("s-looks-like-a-section");
        assertThat(ws.trash()).extracting(TrashItem::originalPath).containsOnly("Hand made");
        ws.restore("story-1");
        ws.restore("s-looks-like-a-section");
        assertThat(ws.note("story-1")).contains(note);
        assertThat(ws.note("s-looks-like-a-section")).contains(other);
        ws.trashSection("notes-section");
        ws.restore("notes-section");
        assertThat(reopen().noteCount()).isEqualTo(2);
        assertThat(ws.problems()).isEmpty();
    }

    @Test
    void aNoteAndASectionWithTheSameHandWrittenIdKeepTheirOwnUnknownFields() throws IOException {
        Files.writeString(dir.resolve("sections/same.json"),
                "{\"id\": \"same\", \"parent\": null, \"title\": \"S\", \"sectionOnly\": 1}\n");
        Files.writeString(dir.resolve("notes/same.json"),
                "{\"id\": \"same\", \"section\": \"same\", \"title\": \"N\", \"noteOnly\": 2}\n");
        reopen();
        ws.updateNote(ws.note("same").orElseThrow().withBody("edited"));
        ws.renameSection("same", "S2");
        assertThat(Files.readString(dir.resolve("notes/same.json"))).contains("noteOnly").doesNotContain("sectionOnly");
        assertThat(Files.readString(dir.resolve("sections/same.json"))).contains("sectionOnly").doesNotContain("noteOnly");
    }

    @Test
    void aSubsectionWhoseParentIsGoneIsRestoredAtTheTop() {
        Section top = ws.createSection(null, "Top");
        Section child = ws.createSection(top.id(), "Child");
        ws.trashSection(child.id());
        ws.trashSection(top.id());
        ws.restore(child.id());
        assertThat(ws.section(child.id()).orElseThrow().parentId()).isNull();
        assertThat(reopen().problems()).isEmpty();
    }

    @Test
    void restoringOverAnExistingFileIsRefusedAndTheTrashedCopyKept() throws IOException {
        Section s = ws.createSection(null, "A");
        Note n = ws.createNote(s.id(), Note.draft(Kind.NOTE, "twin"));
        ws.trashNote(n.id());
        Files.write(ws.fileOfNote(n.id()), new JsonCodec().encodeNote(n.withBody("came back by git"), null));
        assertThatThrownBy(() -> ws.restore(n.id())).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT));
        assertThat(ws.trash()).extracting(TrashItem::id).containsExactly(n.id());
    }

    // ---------------------------------------------------------------- order

    @Test
    void movingNotesPlacesThemAtTheIndexAndRenumbersWhenThereIsNoGap() throws IOException {
        Section s = ws.createSection(null, "A");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(ws.createNote(s.id(), Note.draft(Kind.NOTE, "n" + i)).id());
        }
        // moving to the front again and again halves the gap until none is left
        for (int round = 0; round < 15; round++) {
            String last = ws.notesIn(s.id()).get(3).id();
            ws.moveNote(last, s.id(), 0);
        }
        List<Note> inOrder = ws.notesIn(s.id());
        assertThat(inOrder).extracting(Note::rank).doesNotHaveDuplicates().isSorted();
        assertThat(inOrder.stream().mapToLong(Note::rank).min().orElseThrow()).isPositive();
        List<String> titles = inOrder.stream().map(Note::title).toList();
        assertThat(reopen().notesIn(s.id())).extracting(Note::title).containsExactlyElementsOf(titles);
        // 15 rotations of 4 = 3 full turns and 3 steps: n1 n2 n3 n0
        assertThat(titles).containsExactly("n1", "n2", "n3", "n0");
    }

    @Test
    void movingANoteBetweenSectionsAndSectionsBetweenParents() {
        Section a = ws.createSection(null, "A");
        Section b = ws.createSection(null, "B");
        Section c = ws.createSection(a.id(), "C");
        Note n = ws.createNote(a.id(), Note.draft(Kind.NOTE, "mover"));
        ws.createNote(b.id(), Note.draft(Kind.NOTE, "b1"));
        ws.moveNote(n.id(), b.id(), 0);
        assertThat(ws.notesIn(b.id())).extracting(Note::title).containsExactly("mover", "b1");
        ws.moveSection(c.id(), null, 0);
        assertThat(ws.children(null)).extracting(Section::title).containsExactly("C", "A", "B");
        assertThatThrownBy(() -> ws.moveSection(a.id(), a.id(), 0)).isInstanceOf(StoreException.class);
        for (int i = 0; i < 12; i++) {
            ws.moveSection(ws.children(null).get(2).id(), null, 1);
        }
        assertThat(ws.children(null)).extracting(Section::rank).doesNotHaveDuplicates();
        List<String> order = ws.children(null).stream().map(Section::title).toList();
        assertThat(reopen().children(null)).extracting(Section::title).containsExactlyElementsOf(order);
    }

    // ---------------------------------------------------------------- outside changes

    @Test
    void rescanPicksUpAnOutsideEditAddAndDelete() throws IOException {
        Section s = ws.createSection(null, "A");
        Note edited = ws.createNote(s.id(), Note.draft(Kind.NOTE, "edited outside"));
        Note deleted = ws.createNote(s.id(), Note.draft(Kind.NOTE, "deleted outside"));
        Note added = Fixtures.note("n0000000added", "added outside").withPlace(s.id(), 9999);
        Files.write(ws.fileOfNote(added.id()), new JsonCodec().encodeNote(added, null));
        Path f = ws.fileOfNote(edited.id());
        Files.writeString(f, Files.readString(f).replace("\"body\": \"\"", "\"body\": \"from a text editor\""));
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));
        Files.delete(ws.fileOfNote(deleted.id()));
        events.clear();
        List<String> changed = ws.rescan();
        assertThat(changed).containsExactlyInAnyOrder(edited.id(), deleted.id(), added.id());
        assertThat(ws.note(edited.id()).orElseThrow().body()).isEqualTo("from a text editor");
        assertThat(ws.note(deleted.id())).isEmpty();
        assertThat(ws.note(added.id())).isPresent();
        assertThat(events).containsExactly(new WorkspaceEvent.Reloaded());
        assertThat(ws.rescan()).isEmpty();
    }

    @Test
    void savingOverAFileChangedOutsideIsAConflictAndOverwritesNothing() throws IOException {
        Section s = ws.createSection(null, "A");
        Note n = ws.createNote(s.id(), Note.draft(Kind.NOTE, "contested"));
        Path f = ws.fileOfNote(n.id());
        String outside = Files.readString(f).replace("\"body\": \"\"", "\"body\": \"written by a sync tool\"");
        Files.writeString(f, outside);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(ws.changedOnDisk(n.id())).isTrue();
        assertThatThrownBy(() -> ws.updateNote(n.withBody("typed in PrepDesk"))).isInstanceOfSatisfying(
                StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT);
                    assertThat(e.getMessage()).contains("changed outside PrepDesk").contains("notes/" + n.id() + ".json");
                });
        assertThat(Files.readString(f)).isEqualTo(outside);
        assertThat(ws.note(n.id())).contains(n);
        ws.rescan();
        Note theirs = ws.note(n.id()).orElseThrow();
        assertThat(theirs.body()).isEqualTo("written by a sync tool");
        ws.updateNote(theirs.withBody("merged"));
        assertThat(Files.readString(f)).contains("merged");
    }

    @Test
    void aFileDeletedOutsideIsAConflictOnSaveNotASilentResurrection() throws IOException {
        Section s = ws.createSection(null, "A");
        Note n = ws.createNote(s.id(), Note.draft(Kind.NOTE, "deleted by git"));
        Files.delete(ws.fileOfNote(n.id()));
        assertThatThrownBy(() -> ws.updateNote(n.withBody("late edit"))).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT));
    }

    private static String changeOutside(Path f, String from, String to) throws IOException {
        String changed = Files.readString(f).replace(from, to);
        Files.writeString(f, changed);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));
        return changed;
    }

    @Test
    void movingOrTrashingANoteChangedOutsideIsAConflictAndKeepsTheOutsideVersion() throws IOException {
        Section a = ws.createSection(null, "A");
        Section b = ws.createSection(null, "B");
        Note n = ws.createNote(a.id(), Note.draft(Kind.NOTE, "edited in another editor"));
        Path f = ws.fileOfNote(n.id());
        String outside = changeOutside(f, "\"body\": \"\"", "\"body\": \"the only copy of this text\"");
        assertThatThrownBy(() -> ws.moveNote(n.id(), b.id(), 0)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT));
        assertThat(Files.readString(f)).isEqualTo(outside);
        assertThatThrownBy(() -> ws.trashNote(n.id())).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT));
        assertThat(Files.readString(f)).isEqualTo(outside);
        assertThatThrownBy(() -> ws.trashSection(a.id())).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT));
        assertThat(Files.readString(f)).isEqualTo(outside);
        assertThat(ws.section(a.id())).isPresent();
        assertThat(ws.trash()).isEmpty();
        ws.rescan();
        ws.trashNote(n.id());
        ws.restore(n.id());
        assertThat(ws.note(n.id()).orElseThrow().body()).isEqualTo("the only copy of this text");
    }

    @Test
    void renumberingSiblingsNeverOverwritesASiblingChangedOutside() throws IOException {
        Section a = ws.createSection(null, "A");
        Note first = ws.createNote(a.id(), Note.draft(Kind.NOTE, "first"));
        Note mover = ws.createNote(a.id(), Note.draft(Kind.NOTE, "mover"));
        for (int i = 0; i < 12; i++) {
            ws.moveNote(ws.notesIn(a.id()).get(1).id(), a.id(), 0);
        }
        Note sibling = ws.notesIn(a.id()).get(0);
        Path f = ws.fileOfNote(sibling.id());
        String outside = changeOutside(f, "\"body\": \"\"", "\"body\": \"sibling edited outside\"");
        // keep moving to the front until a renumbering is needed; it must refuse rather than overwrite
        for (int i = 0; i < 64; i++) {
            String back = ws.notesIn(a.id()).get(1).id();
            try {
                ws.moveNote(back, a.id(), 0);
            } catch (StoreException e) {
                assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT);
                break;
            }
        }
        assertThat(Files.readString(f)).contains("sibling edited outside");
        assertThat(first.id()).isNotEqualTo(mover.id());
    }

    @Test
    void renamingOrMovingASectionChangedOutsideIsAConflict() throws IOException {
        Section a = ws.createSection(null, "A");
        Section b = ws.createSection(null, "B");
        Path f = ws.root().resolve("sections").resolve(a.id() + ".json");
        String outside = changeOutside(f, "\"title\": \"A\"", "\"title\": \"A renamed by git\"");
        assertThatThrownBy(() -> ws.renameSection(a.id(), "Mine")).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT));
        assertThatThrownBy(() -> ws.moveSection(a.id(), b.id(), 0)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT));
        assertThat(Files.readString(f)).isEqualTo(outside);
    }

    // ---------------------------------------------------------------- size

    @Test
    void aFiveMegabyteNoteAndAHundredKilobyteWordSaveAndLoad() {
        Section s = ws.createSection(null, "Big");
        StringBuilder big = new StringBuilder(5 * 1024 * 1024 + 100);
        for (int i = 0; big.length() < 5 * 1024 * 1024; i++) {
            big.append("Line ").append(i).append(": 可扩展性 caching \"quoted\" \\ 🚀\n");
        }
        Note large = ws.createNote(s.id(), Note.draft(Kind.NOTE, "large").withBody(big.toString()));
        String word = "a".repeat(50_000) + "字".repeat(50_000);
        Note oneWord = ws.createNote(s.id(), Note.draft(Kind.TALKING_POINT, word).withBody(word));
        reopen();
        assertThat(ws.problems()).isEmpty();
        assertThat(ws.note(large.id()).orElseThrow().body()).isEqualTo(big.toString());
        assertThat(ws.note(oneWord.id()).orElseThrow().title()).isEqualTo(word);
        assertThat(ws.note(oneWord.id()).orElseThrow().body().getBytes(StandardCharsets.UTF_8)).hasSize(50_000 + 150_000);
    }
}
