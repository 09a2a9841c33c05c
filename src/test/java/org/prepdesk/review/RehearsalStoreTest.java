package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Grade;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Rehearsal;
import org.prepdesk.model.RehearsalReview;
import org.prepdesk.model.Schedule;
import org.prepdesk.model.Section;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

class RehearsalStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    private static Rehearsal reviewed(String noteId, int reviews) {
        Rehearsal r = Rehearsal.fresh(noteId);
        for (int i = 0; i < reviews; i++) {
            Instant at = T0.plusSeconds(86_400L * i);
            r = r.after(new RehearsalReview(at, Grade.GOOD, 100 + i), new Schedule(3 + i, 5.5, at.plusSeconds(86_400L * 3),
                    at, i + 1, 0));
        }
        return r;
    }

    private Note storyIn(Workspace ws) {
        Section s = ws.createSection(null, "Stories");
        return ws.createNote(s.id(), Note.draft(Kind.STORY, "Cut latency"));
    }

    @Test
    void aSavedRehearsalReadsBackTheSameAndTheNoteFileIsNotTouched() throws IOException {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "R")) {
            Note n = storyIn(ws);
            byte[] noteBytes = Files.readAllBytes(ws.fileOfNote(n.id()));
            RehearsalStore store = new RehearsalStore(ws);
            Rehearsal r = reviewed(n.id(), 3).withTargetSeconds(90);
            store.save(r);
            assertThat(store.load(n.id())).isEqualTo(r);
            assertThat(ws.problems()).isEmpty();
            assertThat(store.listing().rehearsals()).containsOnlyKeys(n.id());
            assertThat(Files.readAllBytes(ws.fileOfNote(n.id()))).isEqualTo(noteBytes);
            String text = Files.readString(store.fileOf(n.id()), StandardCharsets.UTF_8);
            assertThat(text).startsWith("{\n  \"note\": \"" + n.id() + "\",").endsWith("}\n").contains("\"grade\": \"good\"");
        }
    }

    @Test
    void aNoteNeverRehearsedLoadsFreshAndHasNoFile() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "R")) {
            Note n = storyIn(ws);
            RehearsalStore store = new RehearsalStore(ws);
            assertThat(store.load(n.id())).isEqualTo(Rehearsal.fresh(n.id()));
            assertThat(store.fileOf(n.id())).doesNotExist();
        }
    }

    @Test
    void keysThisVersionDoesNotKnowAreKeptWhenTheFileIsRewritten() throws IOException {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "R")) {
            Note n = storyIn(ws);
            RehearsalStore store = new RehearsalStore(ws);
            store.save(reviewed(n.id(), 1));
            Path f = store.fileOf(n.id());
            Files.writeString(f, Files.readString(f).replaceFirst("\\{", "{\n  \"fromTheFuture\": [1, 2],"));
            store.save(reviewed(n.id(), 2));
            assertThat(Files.readString(f)).contains("\"fromTheFuture\"");
            assertThat(store.load(n.id()).log()).hasSize(2);
        }
    }

    /** The real disk, failing the write of a temp file or its rename while {@code failing} is set. */
    private static final class FailingOps implements FileOps {
        volatile String failing; // "write", "rename" or null

        @Override
        public void writeAndSync(Path tmp, byte[] data) throws IOException {
            if ("write".equals(failing)) {
                throw new IOException("No space left on device");
            }
            FileOps.DISK.writeAndSync(tmp, data);
        }

        @Override
        public void rename(Path tmp, Path target) throws IOException {
            if ("rename".equals(failing)) {
                throw new IOException("No space left on device");
            }
            FileOps.DISK.rename(tmp, target);
        }

        @Override
        public void syncDirectory(Path dir) throws IOException {
            FileOps.DISK.syncDirectory(dir);
        }
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileWholeAndNoTempFileBehind() throws IOException {
        Path root = dir.resolve("ws");
        String id;
        try (Workspace ws = Workspace.create(root, "R")) {
            id = storyIn(ws).id();
        }
        FailingOps ops = new FailingOps();
        try (Workspace ws = Workspace.open(root, Workspace.Access.WRITE, ops, java.time.Clock.systemUTC(), "command")) {
            RehearsalStore store = new RehearsalStore(ws);
            store.save(reviewed(id, 1));
            byte[] before = Files.readAllBytes(store.fileOf(id));
            for (String step : List.of("write", "rename")) {
                ops.failing = step;
                assertThatThrownBy(() -> store.save(reviewed(id, 2)))
                        .isInstanceOf(StoreException.class).hasMessageContaining("no space left on the disk");
                assertThat(Files.readAllBytes(store.fileOf(id))).isEqualTo(before);
            }
            ops.failing = null;
            try (Stream<Path> files = Files.list(store.fileOf(id).getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly(id + ".json");
            }
            store.save(reviewed(id, 2));
            assertThat(store.load(id).log()).hasSize(2);
        }
    }

    @Test
    void aDamagedFileIsQuarantinedByAWriterAndThatNoteStartsOverWhileOthersKeepTheirs() throws IOException {
        Path root = dir.resolve("ws");
        String damaged;
        String kept;
        try (Workspace ws = Workspace.create(root, "R")) {
            Section s = ws.createSection(null, "Stories");
            damaged = ws.createNote(s.id(), Note.draft(Kind.STORY, "a")).id();
            kept = ws.createNote(s.id(), Note.draft(Kind.STORY, "b")).id();
            RehearsalStore store = new RehearsalStore(ws);
            store.save(reviewed(damaged, 2));
            store.save(reviewed(kept, 2));
        }
        Path bad = root.resolve(RehearsalCompanion.FOLDER).resolve(damaged + ".json");
        Files.writeString(bad, "{\"note\": \"" + damaged + "\", \"reps\": \"many\"");
        try (Workspace reader = Workspace.open(root, Workspace.Access.READ)) {
            RehearsalStore.Listing l = new RehearsalStore(reader).listing();
            assertThat(l.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("rehearsal/" + damaged + ".json");
                assertThat(p.quarantinedTo()).isNull();
            });
            assertThat(bad).exists();
        }
        try (Workspace writer = Workspace.open(root, Workspace.Access.WRITE)) {
            RehearsalStore store = new RehearsalStore(writer);
            RehearsalStore.Listing l = store.listing();
            assertThat(l.rehearsals()).containsOnlyKeys(kept);
            assertThat(l.problems()).singleElement().satisfies(p -> assertThat(p.quarantinedTo()).startsWith(".prepdesk/quarantine/"));
            assertThat(bad).doesNotExist();
            assertThat(store.load(damaged)).isEqualTo(Rehearsal.fresh(damaged));
            assertThat(store.load(kept).log()).hasSize(2);
            try (Stream<Path> q = Files.list(root.resolve(WorkspaceLayout.QUARANTINE))) {
                assertThat(q.map(p -> p.getFileName().toString())).anyMatch(f -> f.endsWith("rehearsal-" + damaged + ".json"))
                        .anyMatch(f -> f.endsWith(".reason.txt"));
            }
        }
    }

    @Test
    void wrongValuesFailTheFileRatherThanLoadingNonsense() throws IOException {
        Path root = dir.resolve("ws");
        try (Workspace ws = Workspace.create(root, "R")) {
            Note n = storyIn(ws);
            RehearsalStore store = new RehearsalStore(ws);
            Path f = store.fileOf(n.id());
            Files.createDirectories(f.getParent());
            for (String body : List.of("[]", "{}", "{\"note\": \"" + n.id() + "\", \"stability\": -1}",
                    "{\"note\": \"" + n.id() + "\", \"log\": [{\"at\": \"2026-01-01T00:00:00Z\", \"grade\": \"meh\"}]}",
                    "{\"note\": \"not an id\"}", "")) {
                Files.writeString(f, body);
                assertThat(store.load(n.id())).as(body).isEqualTo(Rehearsal.fresh(n.id()));
                assertThat(f).as(body).doesNotExist();
            }
        }
    }

    @Test
    void aReadOnlyWorkspaceRefusesToRecordAReview() {
        Path root = dir.resolve("ws");
        String id;
        try (Workspace ws = Workspace.create(root, "R")) {
            id = storyIn(ws).id();
        }
        try (Workspace reader = Workspace.open(root, Workspace.Access.READ)) {
            assertThatThrownBy(() -> new RehearsalStore(reader).save(reviewed(id, 1)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("not recorded");
        }
    }

    @Test
    void movingTheNoteToAnotherSectionKeepsItsRehearsals() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "R")) {
            Note n = storyIn(ws);
            Section other = ws.createSection(null, "Elsewhere");
            RehearsalStore store = new RehearsalStore(ws);
            store.save(reviewed(n.id(), 2));
            ws.moveNote(n.id(), other.id(), 0);
            assertThat(store.load(n.id()).log()).hasSize(2);
        }
    }

    @Test
    void theRehearsalsGoToTheTrashWithTheirNoteAndComeBackOnRestore() throws IOException {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "R")) {
            Note n = storyIn(ws);
            RehearsalStore store = new RehearsalStore(ws);
            store.save(reviewed(n.id(), 3));
            byte[] bytes = Files.readAllBytes(store.fileOf(n.id()));
            ws.trashNote(n.id());
            assertThat(store.fileOf(n.id())).doesNotExist();
            assertThat(store.listing().rehearsals()).isEmpty();
            assertThat(ws.root().resolve("trash").resolve(RehearsalCompanion.FOLDER).resolve(n.id() + ".json")).exists();
            ws.restore(ws.trash().get(0).id());
            assertThat(Files.readAllBytes(store.fileOf(n.id()))).isEqualTo(bytes);
            assertThat(store.load(n.id()).log()).hasSize(3);
        }
    }

    @Test
    void checkSeesADamagedRehearsalFileAndAStrayOne() throws IOException {
        Path root = dir.resolve("ws");
        String id;
        try (Workspace ws = Workspace.create(root, "R")) {
            id = storyIn(ws).id();
            new RehearsalStore(ws).save(reviewed(id, 1));
        }
        Files.writeString(root.resolve("rehearsal").resolve(id + ".json"), "{\"note\": \"" + id + "\", \"log\": 7}");
        Files.writeString(root.resolve("rehearsal").resolve("nstray0000000.json"), "{\"note\": \"nstray0000000\"}");
        try (Workspace checker = Workspace.openReadingEveryFile(root)) {
            assertThat(checker.problems()).extracting(p -> p.file() + ": " + p.reason()).containsExactlyInAnyOrder(
                    "rehearsal/" + id + ".json: \"log\" is not a list",
                    "rehearsal/nstray0000000.json: its note \"nstray0000000\" does not exist");
        }
    }
}
