package org.prepdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.core.KeyPressInfo.keyCode;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Grade;
import org.prepdesk.model.Rehearsal;
import org.prepdesk.review.RehearsalStore;
import org.prepdesk.store.Workspace;

/** Rehearses the three rehearsable notes of the small workspace with the keyboard alone. */
@Tag("gui")
class RehearseWindowTest {
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

    private Map<Path, byte[]> noteFiles() throws Exception {
        Map<Path, byte[]> out = new HashMap<>();
        try (Stream<Path> s = Files.list(app.dir.resolve("notes"))) {
            for (Path p : s.toList()) {
                out.put(p, Files.readAllBytes(p));
            }
        }
        return out;
    }

    private void waitForPrompt(String text) {
        WindowTestSupport.waitUntil("prompt " + text, () -> window.textBox("rehearsePrompt").text().equals(text));
    }

    @Test
    void threeItemsRehearsedByKeyboardAloneLeaveTheirReviewFilesOnDisk() throws Exception {
        Map<Path, byte[]> before = noteFiles();
        window.tree("sectionTree").focus().pressAndReleaseKey(keyCode(KeyEvent.VK_R).modifiers(InputEvent.CTRL_MASK));
        window.panel("rehearseView").requireVisible();
        waitForPrompt("Cut checkout latency");
        window.label("rehearseProgress").requireText("1 of 3 · new");
        window.label("rehearseKindLine").requireText(java.util.regex.Pattern.compile("Story .*never rehearsed"));

        // the clock waits for the first key, then runs
        window.label("rehearseTimer").requireText("0:00  /  2:00");
        window.panel("rehearseStage").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        WindowTestSupport.waitUntil("the clock runs", () -> window.label("rehearseTimer").text().startsWith("0:01"));
        window.panel("rehearseStage").pressAndReleaseKeys(KeyEvent.VK_SPACE);
        assertThat(GuiActionRunner.execute(() -> window.textBox("rehearseAnswer").target().getText()))
                .contains("Situation").contains("Checkout p99 was 2 s").contains("p99 fell to 250 ms");
        window.panel("rehearseStage").pressAndReleaseKeys(KeyEvent.VK_3);

        waitForPrompt("Why event sourcing");
        window.label("rehearseTimer").requireText("0:00  /  1:00");
        window.panel("rehearseStage").pressAndReleaseKeys(KeyEvent.VK_CLOSE_BRACKET); // this note's target: 1:15
        window.label("rehearseTimer").requireText("0:00  /  1:15");
        window.panel("rehearseStage").pressAndReleaseKeys(KeyEvent.VK_SPACE, KeyEvent.VK_1);

        waitForPrompt("Tell me about a conflict");
        window.panel("rehearseStage").pressAndReleaseKeys(KeyEvent.VK_EQUALS); // confidence up: 1 of 5
        window.panel("rehearseStage").pressAndReleaseKeys(KeyEvent.VK_SPACE, KeyEvent.VK_4);

        window.panel("rehearseSummary").requireVisible();
        window.label("summaryItems").requireText("Items rehearsed: 3");
        window.label("summaryGrades").requireText("Grades: 1 Again · 1 Good · 1 Easy");
        WindowTestSupport.waitUntil("due tomorrow", () -> window.label("summaryTomorrow").text().contains("Why event sourcing"));

        Workspace ws = app.ws;
        RehearsalStore store = new RehearsalStore(ws);
        WindowTestSupport.waitUntil("three rehearsal files", () -> store.listing().rehearsals().size() == 3);
        Map<String, Grade> graded = new HashMap<>();
        store.listing().rehearsals().forEach((id, r) -> graded.put(ws.note(id).orElseThrow().title(), last(r)));
        assertThat(graded).containsEntry("Cut checkout latency", Grade.GOOD).containsEntry("Why event sourcing", Grade.AGAIN)
                .containsEntry("Tell me about a conflict", Grade.EASY);
        String storyId = ws.notes().stream().filter(n -> n.title().equals("Cut checkout latency")).findFirst().orElseThrow().id();
        assertThat(store.load(storyId).log().get(0).secondsSpoken()).isGreaterThanOrEqualTo(1);
        String pointId = ws.notes().stream().filter(n -> n.title().equals("Why event sourcing")).findFirst().orElseThrow().id();
        assertThat(store.load(pointId).targetSeconds()).isEqualTo(75);

        window.panel("rehearseSummary").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        WindowTestSupport.waitUntil("the editors are back", () -> GuiActionRunner.execute(() -> !app.workbench.centre.isRehearsing()));

        // grading wrote no note; the confidence key rewrote the question's file, as asked, and nothing else
        WindowTestSupport.waitUntil("confidence saved",
                () -> ws.notes().stream().anyMatch(n -> n.title().equals("Tell me about a conflict") && n.confidence() == 1));
        Map<Path, byte[]> after = noteFiles();
        String questionId = ws.notes().stream().filter(n -> n.confidence() == 1).findFirst().orElseThrow().id();
        before.forEach((p, bytes) -> {
            if (!p.getFileName().toString().equals(questionId + ".json")) {
                assertThat(after.get(p)).as(p.toString()).isEqualTo(bytes);
            }
        });
    }

    @Test
    void aGradeShowsAtOnceInTheReviewSheetOrderedWeakestFirst() {
        window.toggleButton("review.kind.story").click();
        window.comboBox("review.order").selectItem(1); // weakest first: marks what was never rehearsed
        WindowTestSupport.waitUntil("the story marked", () -> preview().contains("Cut checkout latency")
                && preview().contains("not yet rehearsed"));

        window.tree("sectionTree").focus().pressAndReleaseKey(keyCode(KeyEvent.VK_R).modifiers(InputEvent.CTRL_MASK));
        waitForPrompt("Cut checkout latency");
        window.panel("rehearseStage").pressAndReleaseKeys(KeyEvent.VK_SPACE, KeyEvent.VK_3);

        WindowTestSupport.waitUntil("the mark gone after the grade, no note saved", () -> preview().contains("Cut checkout latency")
                && !preview().contains("not yet rehearsed"));
    }

    private String preview() {
        return GuiActionRunner.execute(() -> window.textBox("review.preview").target().getText());
    }

    private static Grade last(Rehearsal r) {
        return r.log().get(r.log().size() - 1).grade();
    }
}
