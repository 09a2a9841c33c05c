package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.FaultyFileOps.Step;

/** A write that fails at any step of the atomic write loses nothing and can be retried. */
class AtomicWriteFaultTest {
    @TempDir
    Path dir;

    private final FaultyFileOps ops = new FaultyFileOps();
    private Workspace ws;
    private Note saved;

    @BeforeEach
    void openWorkspaceWithOneNote() {
        Workspace.create(dir, "faults").close();
        ws = Workspace.open(dir, Workspace.Access.WRITE, ops, Clock.systemUTC(), "command");
        String section = ws.createSection(null, "Stories").id();
        saved = ws.createNote(section, Note.draft(Kind.STORY, "Original title").withBody("original body"));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        ws.close();
    }

    static Stream<Arguments> faults() {
        Function<Path, IOException> full = p -> new FileSystemException(p.toString(), null, "No space left on device");
        Function<Path, IOException> denied = p -> new AccessDeniedException(p.toString());
        return Stream.of(Step.values()).flatMap(step -> Stream.of(
                Arguments.of(step, "no space left on the disk", full),
                Arguments.of(step, "permission denied", denied)));
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @MethodSource("faults")
    void aFailedSaveKeepsTheOldFileSurfacesOneClearErrorAndCanBeRetried(Step step, String words,
            Function<Path, IOException> error) throws IOException {
        Path file = ws.fileOfNote(saved.id());
        byte[] before = Files.readAllBytes(file);
        Note edited = saved.withTitle("New title").withBody("new body the user typed");
        ops.failAt(step, error);

        assertThatThrownBy(() -> ws.updateNote(edited)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(StoreException.Reason.WRITE_FAILED);
            assertThat(e.getMessage()).isEqualTo("cannot save \"New title\": " + words);
        });
        assertThat(ops.failures()).isEqualTo(1);
        byte[] after = Files.readAllBytes(file);
        if (step == Step.SYNC_DIRECTORY) {
            // the rename happened before the folder sync failed: the file is whole, old or new
            assertThat(new String(after)).satisfiesAnyOf(
                    a -> assertThat(a).isEqualTo(new String(before)),
                    a -> assertThat(a).contains("new body the user typed").endsWith("}\n"));
        } else {
            assertThat(after).isEqualTo(before);
        }
        assertThat(ws.note(saved.id())).contains(saved);
        assertThat(tempFiles()).isEmpty();
        assertThat(edited.body()).isEqualTo("new body the user typed");

        ops.heal();
        Note retried = ws.updateNote(edited);
        assertThat(retried.body()).isEqualTo("new body the user typed");
        try (Workspace reader = Workspace.open(dir, Workspace.Access.READ)) {
            assertThat(reader.note(saved.id()).orElseThrow().sameContentAs(edited)).isTrue();
            assertThat(reader.problems()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @MethodSource("faults")
    void aFailedCreateLeavesNoNoteAndNoFile(Step step, String words, Function<Path, IOException> error) throws IOException {
        long filesBefore = noteFiles();
        ops.failAt(step, error);
        assertThatThrownBy(() -> ws.createNote(saved.sectionId(), Note.draft(Kind.NOTE, "Fresh")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("cannot save \"Fresh\": " + words));
        assertThat(ws.noteCount()).isEqualTo(1);
        assertThat(noteFiles()).isEqualTo(filesBefore);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void aFailedTrashKeepsTheNoteWhereItWas() throws IOException {
        Path file = ws.fileOfNote(saved.id());
        byte[] before = Files.readAllBytes(file);
        ops.failAt(Step.WRITE_AND_SYNC, p -> new FileSystemException(p.toString(), null, "No space left on device"));
        assertThatThrownBy(() -> ws.trashNote(saved.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("no space left on the disk");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(ws.note(saved.id())).contains(saved);
    }

    @Test
    void leftoverTempFilesAreCleanedWhenAWriterOpens() throws IOException {
        ws.close();
        Path leftover = dir.resolve("notes").resolve("." + saved.id() + ".json.1234abcd" + AtomicFiles.TEMP_SUFFIX);
        Files.writeString(leftover, "{\"id\": \"half");
        try (Workspace reader = Workspace.open(dir, Workspace.Access.READ)) {
            assertThat(reader.problems()).isEmpty();
            assertThat(leftover).exists();
        }
        ws = Workspace.open(dir, Workspace.Access.WRITE);
        assertThat(leftover).doesNotExist();
        assertThat(ws.problems()).isEmpty();
        assertThat(ws.note(saved.id())).contains(saved);
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(AtomicFiles::isTemp).toList();
        }
    }

    private long noteFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("notes"))) {
            return s.count();
        }
    }
}
