package org.prepdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prepdesk.ui.WindowTestSupport.waitUntil;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;

/** The workbench as a person uses it, through a real window on real files. */
@Tag("gui")
class WorkbenchWindowTest {
    @TempDir
    Path tmp;
    private WindowTestSupport app;
    private FrameFixture window;

    @BeforeEach
    void openWindow() {
        WindowTestSupport.assumeDisplay();
        app = new WindowTestSupport(Workspaces.small(tmp.resolve("ws")));
        window = app.open();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void createsASectionAndAStoryAndAutosavesWhatIsTyped() throws Exception {
        window.tree("sectionTree").focus().pressAndReleaseKey(keys(KeyEvent.VK_N, InputEvent.CTRL_MASK, InputEvent.SHIFT_MASK));
        JOptionPaneFixture ask = window.optionPane();
        ask.textBox().enterText("Onsite at Acme");
        ask.okButton().click();
        reactivate();
        waitUntil("section created", () -> app.ws.sections().stream().anyMatch(s -> s.title().equals("Onsite at Acme")));

        window.tree("sectionTree").focus().pressAndReleaseKey(keys(KeyEvent.VK_2, InputEvent.CTRL_MASK, InputEvent.ALT_MASK));
        waitUntil("story opened", () -> app.ws.notes().stream().anyMatch(n -> n.kind() == Kind.STORY
                && n.title().equals("New story")));
        Note story = app.ws.notes().stream().filter(n -> n.title().equals("New story")).findFirst().orElseThrow();
        assertThat(app.ws.sectionPath(story.sectionId())).isEqualTo("Onsite at Acme");

        window.textBox("titleField").deleteText().enterText("Migrated billing");
        window.textBox("situationField").enterText("Legacy billing on a mainframe");
        window.textBox("bodyArea").enterText("Start with the outage.");

        Path file = app.ws.fileOfNote(story.id());
        waitUntil("autosaved", () -> read(file).contains("Legacy billing on a mainframe")
                && read(file).contains("Start with the outage.") && read(file).contains("Migrated billing"));
        window.label("saveStatus").requireText("Saved");
    }

    @Test
    void renamesASectionAndMovesANoteByKeyboard() {
        Section behavioral = app.ws.sections().stream().filter(s -> s.title().equals("Behavioral")).findFirst()
                .orElseThrow();
        Note point = app.ws.notes().stream().filter(n -> n.kind() == Kind.TALKING_POINT).findFirst().orElseThrow();

        GuiActionRunner.execute(() -> app.workbench.tree.select(behavioral.id()));
        window.tree("sectionTree").focus().pressAndReleaseKeys(KeyEvent.VK_F2);
        JOptionPaneFixture ask = window.optionPane();
        ask.textBox().setText("Behavioural").requireText("Behavioural"); // set, not typed: the robot can type into the dialog before it has focus
        ask.okButton().click();
        reactivate();
        waitUntil("renamed", () -> app.ws.section(behavioral.id()).orElseThrow().title().equals("Behavioural"));

        GuiActionRunner.execute(() -> app.workbench.tree.select(point.id()));
        window.tree("sectionTree").focus().pressAndReleaseKey(keys(KeyEvent.VK_X, InputEvent.CTRL_MASK));
        GuiActionRunner.execute(() -> app.workbench.tree.select(behavioral.id()));
        window.tree("sectionTree").pressAndReleaseKey(keys(KeyEvent.VK_V, InputEvent.CTRL_MASK));
        waitUntil("moved", () -> app.ws.note(point.id()).orElseThrow().sectionId().equals(behavioral.id()));
        assertThat(read(app.ws.fileOfNote(point.id()))).contains(behavioral.id());

        // Alt+Up puts it before the question that was there first
        window.tree("sectionTree").pressAndReleaseKey(keys(KeyEvent.VK_UP, InputEvent.ALT_MASK));
        waitUntil("reordered", () -> app.ws.notesIn(behavioral.id()).get(0).id().equals(point.id()));
    }

    @Test
    void deletesToTheTrashAndRestoresFromIt() {
        Note question = app.ws.notes().stream().filter(n -> n.kind() == Kind.QUESTION).findFirst().orElseThrow();
        Path file = app.ws.fileOfNote(question.id());
        GuiActionRunner.execute(() -> app.workbench.tree.select(question.id()));
        window.tree("sectionTree").focus().pressAndReleaseKeys(KeyEvent.VK_DELETE);
        waitUntil("trashed", () -> !Files.exists(file));
        assertThat(app.ws.note(question.id())).isEmpty();

        GuiActionRunner.execute(() -> app.workbench.action("trash").run());
        var trash = window.dialog("trashDialog");
        waitUntil("trash listed", () -> trash.list("trashList").contents().length == 1);
        trash.list("trashList").selectItem(0);
        trash.button("restoreButton").click();
        waitUntil("restored", () -> Files.exists(file));
        assertThat(app.ws.note(question.id())).isPresent();

        // and straight back with Undo (Ctrl+Shift+Z) after another Delete
        trash.close();
        reactivate();
        GuiActionRunner.execute(() -> app.workbench.tree.select(question.id()));
        window.tree("sectionTree").focus().pressAndReleaseKeys(KeyEvent.VK_DELETE);
        waitUntil("trashed again", () -> !Files.exists(file));
        window.button("undoButton").requireVisible();
        window.tree("sectionTree").focus().pressAndReleaseKey(keys(KeyEvent.VK_Z, InputEvent.CTRL_MASK,
                InputEvent.SHIFT_MASK));
        waitUntil("undone", () -> Files.exists(file) && app.ws.note(question.id()).isPresent());
    }

    @Test
    void searchOpensTheNoteWithTheCaretOnTheHit() {
        Note story = app.ws.notes().stream().filter(n -> n.kind() == Kind.STORY).findFirst().orElseThrow();
        window.tree("sectionTree").focus().pressAndReleaseKey(keys(KeyEvent.VK_K, InputEvent.CTRL_MASK));
        window.textBox("searchField").requireFocused().enterText("sprints");
        waitUntil("results", () -> GuiActionRunner.execute(() -> app.workbench.search.results().getModel().getSize()) == 1);
        assertThat(window.list("searchResults").contents()[0]).contains("Cut checkout latency");
        window.textBox("searchField").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        int expected = story.body().indexOf("sprints");
        waitUntil("caret on the hit", () -> GuiActionRunner.execute(() -> app.workbench.editors.current()
                .map(ed -> ed.fields.body.isFocusOwner() && ed.fields.body.getCaretPosition() == expected
                        && ed.hasHitMark()).orElse(false)));

        // Escape in the search field clears it and returns to the tree view
        window.textBox("searchField").focus().pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        window.textBox("searchField").requireText("");
        window.tree("sectionTree").requireVisible();
    }

    @Test
    void switchesThemeAndRemembersTheChoice() {
        assertThat(GuiActionRunner.execute(Theme.LIGHT::isCurrent)).isTrue();
        window.button("themeButton").click();
        assertThat(GuiActionRunner.execute(Theme.DARK::isCurrent)).isTrue();
        assertThat(Theme.remembered(app.prefsRoot)).isEqualTo(Theme.DARK);
        assertThat(GuiActionRunner.execute(() -> UIManager.getLookAndFeel().getName())).containsIgnoringCase("dark");
        window.button("themeButton").click();
        assertThat(Theme.remembered(app.prefsRoot)).isEqualTo(Theme.LIGHT);
    }

    @Test
    void closingSavesUnsavedTextAndReopensWithTheNoteOpen() throws Exception {
        Note point = app.ws.notes().stream().filter(n -> n.kind() == Kind.TALKING_POINT).findFirst().orElseThrow();
        GuiActionRunner.execute(() -> app.workbench.tree.select(point.id()));
        GuiActionRunner.execute(() -> app.workbench.editors.open(point));
        window.textBox("bodyArea").focus().pressAndReleaseKey(keys(KeyEvent.VK_END, InputEvent.CTRL_MASK));
        window.textBox("bodyArea").enterText(" Last words");
        app.closeWindow(); // at once: well within the autosave pause

        try (Workspace again = Workspace.open(app.dir, Workspace.Access.READ)) {
            assertThat(again.note(point.id()).orElseThrow().body()).endsWith(" Last words");
        }
        window = app.open();
        assertThat(window.textBox("bodyArea").text()).endsWith(" Last words");
        assertThat(GuiActionRunner.execute(() -> app.workbench.editors.editors().size())).isEqualTo(1);
    }

    @Test
    void hiddenViewsStayHiddenAfterReopening() throws Exception {
        GuiActionRunner.execute(() -> app.workbench.action("toggle-review").run());
        waitUntil("review sheet hidden", () -> !showing("review.panel"));
        assertThat(showing("sectionTree")).isTrue();
        app.closeWindow();

        window = app.open();
        assertThat(showing("review.panel")).isFalse();
        assertThat(showing("sectionTree")).isTrue();
        window.tree("sectionTree").focus().pressAndReleaseKey(keys(KeyEvent.VK_2, InputEvent.CTRL_MASK, InputEvent.SHIFT_MASK));
        waitUntil("review sheet shown again", () -> showing("review.panel"));
    }

    @Test
    void aWorkspaceFromANewerPrepDeskOpensReadOnlyAndSaysSo() throws Exception {
        app.closeWindow();
        Path info = app.dir.resolve("prepdesk.json");
        Files.writeString(info, Files.readString(info).replaceFirst("\"format\"\\s*:\\s*1", "\"format\": 99"));
        Note point;
        try (Workspace w = Workspace.open(app.dir, Workspace.Access.READ)) {
            point = w.notes().stream().filter(n -> n.kind() == Kind.TALKING_POINT).findFirst().orElseThrow();
        }
        byte[] before = Files.readAllBytes(app.dir.resolve("notes").resolve(point.id() + ".json"));

        window = app.open();
        assertThat(GuiActionRunner.execute(() -> app.workbench.banner.text())).contains("Read-only");
        GuiActionRunner.execute(() -> app.workbench.editors.open(point));
        window.textBox("bodyArea").requireNotEditable();
        window.textBox("titleField").requireNotEditable();
        app.closeWindow();

        assertThat(Files.readAllBytes(app.dir.resolve("notes").resolve(point.id() + ".json"))).isEqualTo(before);
    }

    /** Whether the component of that name is on screen (the finder's lookup skips hidden ones). */
    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> {
            java.awt.Component c = window.robot().finder().findByName(app.workbench.frame, name, false);
            return c.isShowing();
        });
    }

    /** Without a window manager (Xvfb) a frame is not re-activated after a dialog closes; a click does it. */
    private void reactivate() {
        window.robot().click(window.target(), new java.awt.Point(window.target().getWidth() / 2, 40));
    }

    @SuppressWarnings("deprecation") // AssertJ Swing reads the old-style modifier masks
    private static org.assertj.swing.core.KeyPressInfo keys(int key, int... masks) {
        return org.assertj.swing.core.KeyPressInfo.keyCode(key).modifiers(masks);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void anOutsideChangeToANoteWithUnsavedEditsKeepsBothVersions() throws Exception {
        Note point = app.ws.notes().stream().filter(n -> n.kind() == Kind.TALKING_POINT).findFirst().orElseThrow();
        GuiActionRunner.execute(() -> app.workbench.editors.open(point));
        window.textBox("bodyArea").focus().pressAndReleaseKey(keys(KeyEvent.VK_END, InputEvent.CTRL_MASK));
        window.textBox("bodyArea").enterText(" My own ending.");
        Path file = app.ws.fileOfNote(point.id());
        Files.writeString(file, Files.readString(file).replace("replay to rebuild projections.",
                "changed in another editor."));

        waitUntil("both kept", () -> app.ws.notes().stream().anyMatch(n -> n.title().equals(point.title()
                + KeepBoth.SUFFIX) && n.body().endsWith(" My own ending.")));
        waitUntil("outside version shown", () -> GuiActionRunner.execute(() -> app.workbench.editors.find(point.id())
                .fields.body.getText()).endsWith("changed in another editor."));
        assertThat(app.ws.note(point.id()).orElseThrow().body()).endsWith("changed in another editor.");
        assertThat(GuiActionRunner.execute(() -> app.workbench.banner.text())).contains("Both versions are kept");
    }

    @Test
    void ownWritesCauseNoRescanWhileOutsideEditsAreShown() throws Exception {
        java.util.concurrent.atomic.AtomicInteger reloads = new java.util.concurrent.atomic.AtomicInteger();
        app.ws.addListener(e -> {
            if (e instanceof org.prepdesk.store.WorkspaceEvent.Reloaded) {
                reloads.incrementAndGet();
            }
        });
        Section beh = app.ws.sections().stream().filter(s -> s.title().equals("Behavioral")).findFirst().orElseThrow();
        GuiActionRunner.execute(() -> app.workbench.tree.select(beh.id()));
        window.tree("sectionTree").focus().pressAndReleaseKeys(KeyEvent.VK_F2);
        JOptionPaneFixture ask = window.optionPane();
        ask.textBox().setText("Behaviour").requireText("Behaviour");
        ask.okButton().click();
        reactivate();
        waitUntil("renamed", () -> app.ws.section(beh.id()).orElseThrow().title().equals("Behaviour"));
        Thread.sleep(1500); // longer than the watcher's settling time
        assertThat(reloads.get()).as("rescans after our own write").isZero();

        Path file = app.ws.root().resolve("sections").resolve(beh.id() + ".json");
        Files.writeString(file, Files.readString(file).replace("Behaviour", "Behaviour, edited in git"));
        waitUntil("outside edit shown", () -> GuiActionRunner.execute(() -> {
            javax.swing.JTree t = app.workbench.tree.tree();
            for (int i = 0; i < t.getRowCount(); i++) {
                if (t.getPathForRow(i).getLastPathComponent().toString().equals("Behaviour, edited in git")) {
                    return true;
                }
            }
            return false;
        }));
        assertThat(reloads.get()).isEqualTo(1);
    }

    @Test
    void aFailedSaveKeepsTheTextAndRetries() throws Exception {
        app.close();
        FailingOps ops = new FailingOps();
        app = new WindowTestSupport(Workspaces.small(tmp.resolve("ws2")));
        window = app.open(ops);
        Note point = app.ws.notes().stream().filter(n -> n.kind() == Kind.TALKING_POINT).findFirst().orElseThrow();
        GuiActionRunner.execute(() -> app.workbench.editors.open(point));
        ops.failing = true;
        window.textBox("bodyArea").focus().pressAndReleaseKey(keys(KeyEvent.VK_END, InputEvent.CTRL_MASK));
        window.textBox("bodyArea").enterText(" Kept though the disk is full.");
        waitUntil("failure shown", () -> GuiActionRunner.execute(() -> app.workbench.status.isShowing()
                && window.label("saveStatus").text().startsWith("Not saved: ")));
        window.label("saveStatus").requireText(java.util.regex.Pattern.compile(".*no space left.*"));
        window.textBox("bodyArea").requireText(java.util.regex.Pattern.compile(".*Kept though the disk is full\\.$",
                java.util.regex.Pattern.DOTALL));

        ops.failing = false;
        window.button("retrySave").click();
        Path file = app.ws.fileOfNote(point.id());
        waitUntil("saved after retry", () -> read(file).contains("Kept though the disk is full."));
        window.label("saveStatus").requireText("Saved");
    }

    /** Fails every write with "no space left" while {@code failing} is set. */
    private static final class FailingOps implements org.prepdesk.store.FileOps {
        volatile boolean failing;

        @Override
        public void writeAndSync(Path tmp, byte[] data) throws java.io.IOException {
            if (failing) {
                throw new java.io.IOException("No space left on device");
            }
            DISK.writeAndSync(tmp, data);
        }

        @Override
        public void rename(Path tmp, Path target) throws java.io.IOException {
            DISK.rename(tmp, target);
        }

        @Override
        public void syncDirectory(Path dir) throws java.io.IOException {
            DISK.syncDirectory(dir);
        }
    }

    @Test
    void thePaletteListsEveryActionWithItsShortcutAndRunsOne() {
        window.tree("sectionTree").focus().pressAndReleaseKey(keys(KeyEvent.VK_P, InputEvent.CTRL_MASK,
                InputEvent.SHIFT_MASK));
        var palette = window.dialog("commandPalette");
        String[] all = palette.list("paletteList").contents();
        assertThat(all).hasSize(GuiActionRunner.execute(() -> app.workbench.actions().all().size()));
        assertThat(String.join("\n", all)).contains("Search notes", "Ctrl+K", "Move to trash", "Delete");
        palette.textBox("paletteFilter").enterText("dark theme");
        assertThat(palette.list("paletteList").contents()[0]).contains("Dark theme");
        palette.textBox("paletteFilter").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitUntil("dark", () -> GuiActionRunner.execute(Theme.DARK::isCurrent));
    }
}
