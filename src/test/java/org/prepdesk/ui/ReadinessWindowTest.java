package org.prepdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prepdesk.ui.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;

/** The Readiness view and the story editor's Shows field, through a real window on real files. */
@Tag("gui")
class ReadinessWindowTest {
    @TempDir
    Path tmp;
    private WindowTestSupport app;
    private FrameFixture window;
    private String competency;
    private String linked;
    private String unlinked;

    @BeforeEach
    void openWindow() {
        WindowTestSupport.assumeDisplay();
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.create(dir, "Readiness")) {
            Section s = ws.createSection(null, "Harborline");
            competency = ws.createNote(s.id(), Note.draft(Kind.COMPETENCY, "Clear communication")).id();
            linked = ws.createNote(s.id(), Note.draft(Kind.STORY, "Schema debate").withLinks(List.of(competency))
                    .withStar(new Star("A colleague wanted free-form events.", "",
                            "I wrote a comparison, I proposed a registry and I migrated three producers.",
                            "Eleven breaking changes caught in CI."))).id();
            unlinked = ws.createNote(s.id(), Note.draft(Kind.STORY, "Launch date")
                    .withStar(new Star("Product wanted the feed live before the audit.", "", "We split the feed.",
                            "Impact was great."))).id();
        }
        app = new WindowTestSupport(dir);
        window = app.open();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void linkingAStoryFromTheMatrixClosesTheGap() {
        window.button("readinessButton").click();
        DialogFixture view = window.dialog("readinessDialog");
        JTableFixture matrix = view.table("readinessMatrix");
        waitUntil("matrix shown", () -> GuiActionRunner.execute(() -> matrix.target().getColumnCount() == 4));
        assertThat(matrix.valueAt(TableCell.row(0).column(1))).contains("1 of 2", "gap");
        assertThat(matrix.target().getColumnName(3)).isEqualTo("Launch date");
        view.label("readinessSummary").requireText(java.util.regex.Pattern.compile(".*1 gap .*"));

        matrix.cell(TableCell.row(0).column(3)).click();

        waitUntil("story linked on disk", () -> app.ws.note(unlinked).orElseThrow().links().contains(competency));
        waitUntil("gap closed", () -> GuiActionRunner.execute(
                () -> matrix.target().getValueAt(0, 1).equals("2 of 2")));
        assertThat(matrix.valueAt(TableCell.row(0).column(3))).isEqualTo("●");
        view.label("readinessSummary").requireText(java.util.regex.Pattern.compile(".*0 gaps.*"));
        assertThat(GuiActionRunner.execute(() -> view.list("readinessFindings").target().getModel().getSize()))
                .isGreaterThanOrEqualTo(2);   // Launch date: we-not-i and result-without-number at least
    }

    @Test
    void theStoryEditorShowsItsCompetenciesAndStarFindingsBesideTheFields() {
        GuiActionRunner.execute(() -> app.workbench.openNote(unlinked));
        window.textBox("showsField").requireText("");
        window.label("starHint-result").requireVisible().requireText(java.util.regex.Pattern.compile(".*no number.*"));
        window.label("starHint-action").requireVisible().requireText(java.util.regex.Pattern.compile(".*\"we\".*"));

        javax.swing.JLabel resultHint = window.robot().finder().findByName("starHint-result", javax.swing.JLabel.class, false);
        window.textBox("resultField").setText("Shipped 6 days early.");
        waitUntil("result hint gone", () -> GuiActionRunner.execute(() -> !resultHint.isVisible()));
        window.textBox("showsField").setText("clear communication");
        waitUntil("linked by the Shows field", () -> app.ws.note(unlinked).orElseThrow().links().contains(competency));
        assertThat(app.ws.note(unlinked).orElseThrow().star().result()).isEqualTo("Shipped 6 days early.");
    }
}
