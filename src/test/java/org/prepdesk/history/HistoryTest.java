package org.prepdesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prepdesk.history.Workspaces.history;
import static org.prepdesk.history.Workspaces.messages;
import static org.prepdesk.history.Workspaces.situation;
import static org.prepdesk.history.Workspaces.story;
import static org.prepdesk.history.Workspaces.withHistory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Note;
import org.prepdesk.model.Rehearsal;
import org.prepdesk.review.RehearsalStore;
import org.prepdesk.store.SameThreadTaskExecutor;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;

class HistoryTest {
    @TempDir
    Path dir;

    @Test
    void aBurstOfSavesBecomesOneCommitNamedAfterTheNote() throws Exception {
        try (Workspace ws = withHistory(dir.resolve("ws"), "laptop"); History h = history(ws);
                HistoryRecorder recorder = new HistoryRecorder(h, new SameThreadTaskExecutor(), Duration.ofHours(1),
                        m -> { }, v -> { })) {
            Note n = story(ws, "Stories", "Convincing checkout to ship the new payment flow", "first");
            h.commitAll(null);
            ws.addListener(recorder);
            for (int i = 0; i < 5; i++) {
                situation(ws, n, "typed " + i);
            }
            assertThat(messages(h.where().gitDir())).hasSize(2); // start, add: nothing of the burst yet
            recorder.flush().join();
            List<String> log = messages(h.where().gitDir());
            assertThat(log).hasSize(3);
            assertThat(log.get(0)).isEqualTo("Edit story: Convincing checkout to ship the new pay…");
            assertThat(log.get(1)).isEqualTo("Add story: Convincing checkout to ship the new pay…; add section: Stories");
            assertThat(log.get(2)).isEqualTo("Start history");
        }
    }

    @Test
    void aQuietSpellCommitsWithoutAFlush() throws Exception {
        try (Workspace ws = withHistory(dir.resolve("ws"), "laptop"); History h = history(ws);
                HistoryRecorder recorder = new HistoryRecorder(h, new SameThreadTaskExecutor(), Duration.ofMillis(150),
                        m -> { }, v -> { })) {
            ws.addListener(recorder);
            story(ws, "Stories", "Pager storm", "a");
            long until = System.currentTimeMillis() + 5000;
            while (messages(h.where().gitDir()).size() < 2 && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
            assertThat(messages(h.where().gitDir()).get(0)).isEqualTo("Add story: Pager storm; add section: Stories");
        }
    }

    @Test
    void anImportIsOneCommitNamingItsFile() throws Exception {
        try (Workspace ws = withHistory(dir.resolve("ws"), "laptop"); History h = history(ws)) {
            for (int i = 0; i < 33; i++) {
                story(ws, "Imported", "Story " + i, "s");
            }
            h.commitAll("outline.txt");
            assertThat(messages(h.where().gitDir()).get(0)).isEqualTo("Import 33 notes from outline.txt");
        }
    }

    @Test
    void aFailedCommitIsReportedOnceAndTakenUpLaterWithTheFilesUntouched() throws Exception {
        List<String> reports = new ArrayList<>();
        try (Workspace ws = withHistory(dir.resolve("ws"), "laptop"); History h = history(ws);
                HistoryRecorder recorder = new HistoryRecorder(h, new SameThreadTaskExecutor(), Duration.ofHours(1),
                        reports::add, v -> { })) {
            ws.addListener(recorder);
            Path lock = h.where().gitDir().resolve("index.lock");
            Files.writeString(lock, "held by someone else");
            Note n = story(ws, "Stories", "Pager storm", "a");
            recorder.flush().join();
            situation(ws, n, "b");
            recorder.flush().join();
            assertThat(reports).hasSize(1);
            assertThat(reports.get(0)).startsWith("history: the commit failed");
            assertThat(ws.note(n.id()).orElseThrow().star().situation()).isEqualTo("b");
            Files.delete(lock);
            situation(ws, n, "c");
            recorder.flush().join();
            assertThat(messages(h.where().gitDir()).get(0)).isEqualTo("Add story: Pager storm; add section: Stories");
            assertThat(recorder.hasPending()).isFalse();
        }
    }

    @Test
    void aNoteHasVersionsWhoseTextCanBeShownComparedAndRestored() throws Exception {
        try (Workspace ws = withHistory(dir.resolve("ws"), "laptop"); History h = history(ws)) {
            Note n = story(ws, "Stories", "Pager storm", "first");
            h.commitAll(null);
            situation(ws, n, "second");
            h.commitAll(null);
            List<Version> versions = h.versions(n.id());
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).message()).isEqualTo("Edit story: Pager storm");
            String first = versions.get(1).version();
            assertThat(h.noteAt(first, n.id()).star().situation()).isEqualTo("first");
            assertThat(h.diff(n.id(), first, versions.get(0).version())).containsSubsequence(
                    new NoteDiff.Line(NoteDiff.Op.SAME, "Title: Pager storm"),
                    new NoteDiff.Line(NoteDiff.Op.REMOVED, "Situation: first"),
                    new NoteDiff.Line(NoteDiff.Op.ADDED, "Situation: second"));

            h.restore(ws, first, n.id());
            h.commitAll(null);
            assertThat(ws.note(n.id()).orElseThrow().star().situation()).isEqualTo("first");
            assertThat(h.versions(n.id())).hasSize(3); // restoring is itself a version: it can be undone
        }
    }

    @Test
    void aNoteDeletedAndGoneFromTheTrashIsFoundInHistoryAndComesBack() throws Exception {
        try (Workspace ws = withHistory(dir.resolve("ws"), "laptop"); History h = history(ws)) {
            Note n = story(ws, "Stories", "Pager storm", "kept in history");
            h.commitAll(null);
            String first = h.versions(n.id()).get(0).version();
            new RehearsalStore(ws).save(Rehearsal.fresh(n.id()).withTargetSeconds(95)); // rehearsed after that version
            h.commitAll(null);
            ws.trashNote(n.id());
            h.commitAll(null);
            assertThat(h.deletedNotes()).isEmpty(); // still in the trash
            try (Stream<Path> trash = Files.walk(ws.root().resolve("trash"))) {
                for (Path p : trash.filter(Files::isRegularFile).toList()) {
                    Files.delete(p); // the trash emptied by hand, the rehearsal record with it
                }
            }
            assertThat(h.deletedNotes()).as("listed before any commit records the loss")
                    .extracting(DeletedNote::id).containsExactly(n.id());
            h.commitAll(null);
            assertThat(messages(h.where().gitDir()).get(0)).isEqualTo("Empty trash (1 item)");
            List<DeletedNote> gone = h.deletedNotes();
            assertThat(gone).extracting(DeletedNote::id, DeletedNote::title).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(n.id(), "Pager storm"));
            assertThat(h.noteAt(gone.get(0).lastVersion(), n.id()).star().situation()).isEqualTo("kept in history");

            Note back = h.restore(ws, first, n.id());
            assertThat(back.title()).isEqualTo("Pager storm");
            assertThat(back.id()).as("its own id: links to it hold again").isEqualTo(n.id());
            assertThat(ws.sectionPath(back.sectionId())).isEqualTo("Stories");
            assertThat(new RehearsalStore(ws).load(n.id()).targetSeconds()).as("its newest rehearsal record back").isEqualTo(95);
            assertThatThrownBy(() -> ws.createNote(back.sectionId(), back, true)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("already in the workspace");
        }
    }

    @Test
    void aWorkspaceInsideAnotherRepositoryNeverCommitsIntoIt() throws Exception {
        Path project = dir.resolve("project");
        try (Git outer = Git.init().setDirectory(project.toFile()).call()) {
            Path wsDir = project.resolve("workspace");
            try (Workspace ws = Workspace.create(wsDir, "Sample")) {
                GitPlace place = History.place(ws.root());
                assertThat(place.isOn()).isFalse();
                assertThat(place.whyOff()).contains("inside another Git repository");
                assertThatThrownBy(() -> History.enable(ws.root(), null)).isInstanceOf(StoreException.class)
                        .hasMessageContaining("inside another Git repository");
                assertThat(wsDir.resolve(".git")).doesNotExist();

                Path apart = dir.resolve("apart.git");
                try (History h = History.enable(ws.root(), apart)) {
                    story(ws, "Stories", "Pager storm", "a");
                    h.commitAll(null);
                    assertThat(messages(apart).get(0)).isEqualTo("Add story: Pager storm; add section: Stories");
                }
                assertThat(History.place(ws.root()).gitDir()).isEqualTo(apart);
                assertThat(wsDir.resolve(".git")).doesNotExist();
            }
            assertThat(outer.getRepository().resolve("HEAD")).isNull(); // not one commit in the user's repository
        }
    }

    @Test
    void aRepositoryPrepDeskDidNotMakeIsUsedOnlyWhenEnabled() throws Exception {
        Path wsDir = dir.resolve("ws");
        try (Workspace ws = Workspace.create(wsDir, "Prep")) {
            Git.init().setDirectory(wsDir.toFile()).call().close();
            assertThat(History.place(wsDir).isOn()).isFalse();
            assertThat(History.open(wsDir, true)).isEmpty();
            try (History h = History.enable(wsDir, null)) {
                assertThat(messages(h.where().gitDir())).containsExactly("Start history");
            }
        }
    }

    @Test
    void runtimeFilesAreNeverCommitted() throws Exception {
        try (Workspace ws = withHistory(dir.resolve("ws"), "laptop"); History h = history(ws)) {
            Files.createDirectories(ws.root().resolve(".prepdesk/index"));
            Files.writeString(ws.root().resolve(".prepdesk/index/segments_1"), "x");
            Files.writeString(ws.root().resolve("notes/x.json.pdtmp"), "half");
            assertThat(h.commitAll(null)).isEmpty();
        }
    }
}
