package org.prepdesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prepdesk.history.Workspaces.history;
import static org.prepdesk.history.Workspaces.situation;
import static org.prepdesk.history.Workspaces.story;
import static org.prepdesk.history.Workspaces.withHistory;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;

/** Two workspaces, a laptop and a desktop, synced through a bare repository on local disk. */
class SyncTest {
    @TempDir
    Path dir;

    private String remote;
    private Path laptopDir;
    private Path desktopDir;
    private Note shared;

    @BeforeEach
    void twoMachinesShareOneWorkspace() throws Exception {
        remote = dir.resolve("r.git").toString();
        Git.init().setBare(true).setDirectory(dir.resolve("r.git").toFile()).call().close();
        laptopDir = dir.resolve("laptop");
        try (Workspace ws = withHistory(laptopDir, "laptop"); History h = history(ws)) {
            shared = story(ws, "Stories", "Convincing checkout", "as written");
            story(ws, "Stories", "Pager storm", "as written");
            assertThat(h.sync(remote, s -> { }).pushed()).isEqualTo(2);
        }
        desktopDir = dir.resolve("desktop");
        History.cloneInto(remote, desktopDir);
        try (Workspace ws = Workspace.open(desktopDir, Workspace.Access.WRITE); History h = history(ws)) {
            h.setMachine("desktop");
            assertThat(ws.noteCount()).isEqualTo(2);
        }
    }

    @Test
    void editsOfDifferentNotesMergeWithoutConflicts() {
        Note other = onLaptop((ws, h) -> ws.notes().stream().filter(n -> !n.id().equals(shared.id())).findFirst().orElseThrow());
        onLaptop((ws, h) -> situation(ws, shared, "laptop's words"));
        onDesktop((ws, h) -> situation(ws, other, "desktop's words"));
        assertThat(sync(laptopDir).conflicts()).isEmpty();
        assertThat(sync(desktopDir).conflicts()).isEmpty();
        assertThat(sync(laptopDir).pulled()).isEqualTo(2); // the desktop's edit and its merge
        for (Path machine : List.of(laptopDir, desktopDir)) {
            on(machine, (ws, h) -> {
                assertThat(ws.note(shared.id()).orElseThrow().star().situation()).isEqualTo("laptop's words");
                assertThat(ws.note(other.id()).orElseThrow().star().situation()).isEqualTo("desktop's words");
                assertThat(ws.noteCount()).isEqualTo(2);
                return null;
            });
            assertHealthy(machine);
        }
    }

    @Test
    void theSameNoteEditedOnBothMachinesKeepsBothVersions() {
        onLaptop((ws, h) -> situation(ws, shared, "laptop's words"));
        onDesktop((ws, h) -> situation(ws, shared, "desktop's words"));
        sync(laptopDir);
        SyncResult r = sync(desktopDir);
        assertThat(r.conflicts()).hasSize(1);
        SyncConflict c = r.conflicts().get(0);
        assertThat(c.id()).isEqualTo(shared.id());
        assertThat(c.title()).isEqualTo("Convincing checkout (from laptop)");
        assertThat(c.message()).contains("both are kept");
        sync(laptopDir);
        for (Path machine : List.of(laptopDir, desktopDir)) {
            on(machine, (ws, h) -> {
                assertThat(ws.note(shared.id()).orElseThrow().star().situation()).isEqualTo("desktop's words");
                Note copy = ws.note(c.copyId()).orElseThrow();
                assertThat(copy.star().situation()).isEqualTo("laptop's words");
                assertThat(copy.sectionId()).isEqualTo(shared.sectionId());
                assertThat(h.versions(shared.id())).extracting(Version::message)
                        .containsExactly("Edit story: Convincing checkout", "Edit story: Convincing checkout",
                                "Add 2 notes: Convincing checkout, Pager storm; add section: Stories");
                return null;
            });
            assertHealthy(machine);
        }
    }

    @Test
    void aSectionRenamedOnOneMachineKeepsTheNoteAddedToItOnTheOther() {
        onLaptop((ws, h) -> ws.renameSection(shared.sectionId(), "STAR stories"));
        Note added = onDesktop((ws, h) -> ws.createNote(shared.sectionId(), Note.draft(org.prepdesk.model.Kind.STORY, "On call")));
        sync(laptopDir);
        assertThat(sync(desktopDir).conflicts()).isEmpty();
        sync(laptopDir);
        for (Path machine : List.of(laptopDir, desktopDir)) {
            on(machine, (ws, h) -> {
                Section s = ws.section(shared.sectionId()).orElseThrow();
                assertThat(s.title()).isEqualTo("STAR stories");
                assertThat(ws.notesIn(s.id())).extracting(Note::id).contains(added.id(), shared.id());
                return null;
            });
            assertHealthy(machine);
        }
    }

    @Test
    void anEditWinsOverADeletionAndTheUserIsTold() {
        onLaptop((ws, h) -> {
            ws.trashNote(shared.id());
            return null;
        });
        onDesktop((ws, h) -> situation(ws, shared, "still needed"));
        sync(laptopDir);
        SyncResult r = sync(desktopDir);
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(shared.id());
            assertThat(c.copyId()).isNull();
            assertThat(c.message()).isEqualTo("\"Convincing checkout\" was deleted on laptop and changed here: "
                    + "the changed version is kept");
        });
        sync(laptopDir);
        for (Path machine : List.of(laptopDir, desktopDir)) {
            on(machine, (ws, h) -> {
                assertThat(ws.note(shared.id()).orElseThrow().star().situation()).isEqualTo("still needed");
                assertThat(ws.trash()).isEmpty();
                return null;
            });
            assertHealthy(machine);
        }
    }

    @Test
    void aSectionTrashedOnOneMachineComesBackForANoteAddedToItOnTheOther() {
        onLaptop((ws, h) -> {
            ws.trashSection(shared.sectionId());
            return null;
        });
        Note added = onDesktop((ws, h) -> ws.createNote(shared.sectionId(), Note.draft(org.prepdesk.model.Kind.NOTE, "New")));
        sync(laptopDir);
        SyncResult r = sync(desktopDir);
        assertThat(r.conflicts()).extracting(SyncConflict::id).contains(shared.sectionId());
        sync(laptopDir);
        for (Path machine : List.of(laptopDir, desktopDir)) {
            on(machine, (ws, h) -> {
                assertThat(ws.note(added.id()).orElseThrow().sectionId()).isEqualTo(shared.sectionId());
                assertThat(ws.section(shared.sectionId())).isPresent();
                return null;
            });
            assertHealthy(machine);
        }
    }

    // ---------------------------------------------------------------- helpers

    private interface OnMachine<T> {
        T run(Workspace ws, History h);
    }

    private <T> T onLaptop(OnMachine<T> work) {
        return on(laptopDir, work);
    }

    private <T> T onDesktop(OnMachine<T> work) {
        return on(desktopDir, work);
    }

    /** Opens the workspace as a command would, does the work, and commits it. */
    private static <T> T on(Path machine, OnMachine<T> work) {
        try (Workspace ws = Workspace.open(machine, Workspace.Access.WRITE); History h = history(ws)) {
            T t = work.run(ws, h);
            h.commitAll(null);
            return t;
        }
    }

    private SyncResult sync(Path machine) {
        try (Workspace ws = Workspace.open(machine, Workspace.Access.WRITE); History h = history(ws)) {
            SyncResult r = h.sync(null, s -> { });
            ws.rescan();
            return r;
        }
    }

    /** What check and git fsck would say: nothing. */
    private static void assertHealthy(Path machine) {
        try (Workspace ws = Workspace.openReadingEveryFile(machine)) {
            assertThat(ws.problems()).isEmpty();
        }
        try (History h = History.open(machine, false).orElseThrow()) {
            assertThat(h.verify()).isEmpty();
        }
    }
}
