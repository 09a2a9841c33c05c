package org.prepdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.review.TypicalWorkspace;
import org.prepdesk.store.BackgroundTaskExecutor;
import org.prepdesk.store.SheetStore;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

@Tag("gui")
class ReviewPanelTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private TaskExecutor executor;
    private ReviewPanel panel;
    private FrameFixture window;

    @BeforeEach
    void showPanel() {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        ws = TypicalWorkspace.create(dir.resolve("ws"));
        executor = new BackgroundTaskExecutor();
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("Review");
            panel = new ReviewPanel(ws, executor);
            f.add(panel);
            f.setSize(460, 760);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
    }

    @AfterEach
    void close() {
        if (window != null) {
            GuiActionRunner.execute(() -> panel.dispose());
            window.cleanUp();
        }
        if (executor != null) {
            executor.close();
        }
        if (ws != null) {
            ws.close();
        }
    }

    private String previewText() {
        return GuiActionRunner.execute(() -> window.textBox("review.preview").target().getText());
    }

    private void waitForPreview(String description, java.util.function.Predicate<String> test) {
        waitUntil("the preview " + description, () -> test.test(previewText()));
    }

    /** Polls (AssertJ Swing's Pause logs reflection warnings on JDK 17). */
    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
    }

    @Test
    void chipsBuildTheSheetAndThePreviewFollowsAnEdit() {
        waitForPreview("asks for a selection", t -> t.contains("Pick tags or kinds"));

        window.toggleButton("review.tag.onsite").click();
        waitForPreview("shows the tagged stories", t -> t.contains("Lakehouse migration without downtime"));
        window.label("review.status").requireText("25 items in 4 groups");

        window.toggleButton("review.kind.ask").click();
        waitForPreview("shows only asks", t -> t.contains("first ninety days") && !t.contains("Lakehouse"));

        Note ask = ws.notes().stream().filter(n -> n.kind() == Kind.ASK).sorted(
                java.util.Comparator.comparing(Note::title)).findFirst().orElseThrow();
        ws.updateNote(ask.withTitle("How is on-call shared across the team?"));

        waitForPreview("shows the edited title", t -> t.contains("How is on-call shared across the team?"));
        assertThat(previewText()).doesNotContain(ask.title());
    }

    @Test
    void savesTheSelectionAsANamedSheetAndPicksItAgain() {
        window.toggleButton("review.kind.question").click();
        window.textBox("review.subtitle").enterText("Lumina · HM round");
        waitForPreview("shows the questions", t -> t.contains("Likely questions") && t.contains("Lumina"));

        GuiActionRunner.execute(() -> panel.saveSelectionAs("HM round"));
        waitUntil("the sheet is saved", () -> new SheetStore(ws).findByName("HM round").isPresent());
        SheetSpec saved = new SheetStore(ws).findByName("HM round").orElseThrow();
        assertThat(saved.kinds()).containsExactly(Kind.QUESTION);
        assertThat(saved.subtitle()).isEqualTo("Lumina · HM round");

        window.comboBox("review.sheet").selectItem(0);   // back to a blank quick pick
        waitForPreview("is empty again", t -> t.contains("Pick tags or kinds"));
        window.comboBox("review.sheet").selectItem(1);
        waitForPreview("shows the saved sheet", t -> t.contains("HM round") && t.contains("Likely questions"));
        window.textBox("review.subtitle").requireText("Lumina · HM round");
        assertThat(GuiActionRunner.execute(() -> panel.currentSpec().kinds())).isEqualTo(List.of(Kind.QUESTION));

        window.button("review.delete").requireEnabled();
        GuiActionRunner.execute(() -> panel.deleteSaved(saved.id()));
        waitUntil("the sheet is deleted", () -> new SheetStore(ws).list().isEmpty());
        waitUntil("the choice is gone", () -> GuiActionRunner.execute(
                () -> window.comboBox("review.sheet").target().getItemCount() == 1));
        window.button("review.delete").requireDisabled();
        assertThat(previewText()).contains("Likely questions");
    }
}
