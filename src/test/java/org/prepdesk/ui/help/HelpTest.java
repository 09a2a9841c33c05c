package org.prepdesk.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prepdesk.ui.actions.ActionRegistry;
import org.prepdesk.ui.actions.WorkbenchAction;
import org.prepdesk.ui.actions.WorkbenchActions;
import org.prepdesk.ui.actions.WorkspaceCommands;

/** Help › Keyboard shortcuts and Help › User guide, without a window. */
class HelpTest {
    private static final WorkspaceCommands NOTHING = new WorkspaceCommands() {
        @Override
        public void newWorkspace() {
        }

        @Override
        public void openWorkspace() {
        }

        @Override
        public void openSample() {
        }

        @Override
        public void quit() {
        }

        @Override
        public void showGuide() {
        }

        @Override
        public void showShortcuts() {
        }

        @Override
        public void showAbout() {
        }
    };

    @Test
    void theShortcutListHasEveryActionOfTheRegistryWithItsKeysIncludingOnesAddedLater() {
        ActionRegistry r = WorkbenchActions.noWorkspace(NOTHING);
        r.add(new WorkbenchAction("rehearse", "Go", "Rehearse", javax.swing.KeyStroke.getKeyStroke("ctrl R"), () -> { }));
        List<String[]> rows = ShortcutsDialog.rows(r);
        assertThat(rows).hasSize(r.all().size());
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("Help", "User guide", "F1"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("File", "Open workspace…", "Ctrl+O"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("Go", "Rehearse", "Ctrl+R"));
    }

    @Test
    void theUserGuideIsInTheBuildAndRendersWithItsScreenshots() {
        String html = GuideWindow.html();
        assertThat(html).contains("<h1>PrepDesk user guide</h1>", "<h2>Where your data lives, and backing it up</h2>",
                "<img src=\"images/guide-welcome.png\"");
        assertThat(GuideWindow.class.getResource("guide/images/guide-welcome.png")).isNotNull();
    }
}
