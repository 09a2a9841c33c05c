package org.prepdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Note;
import org.prepdesk.store.FileOps;

/**
 * The first tree built on another thread (as the launcher does on a large workspace): the window
 * waits for it before it calls search ready, shows it whole with the remembered note selected, and a
 * change made before it arrives is not lost to it.
 */
@Tag("gui")
class SectionTreePanelTest {
    @TempDir
    Path tmp;

    private WindowTestSupport app;

    @BeforeEach
    void setUp() {
        WindowTestSupport.assumeDisplay();
        app = new WindowTestSupport(Workspaces.small(tmp.resolve("ws")));
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void searchIsReadyOnlyOnceTheTreeBuiltElsewhereIsShownWithTheRememberedNoteSelected() throws Exception {
        String remembered;
        try (var ws = org.prepdesk.store.Workspace.open(app.dir, org.prepdesk.store.Workspace.Access.READ)) {
            remembered = ws.notesInTreeOrder().get(1).id();
        }
        WorkbenchPrefs prefs = new WorkbenchPrefs(app.prefsRoot, app.dir);
        prefs.openNotes(List.of(remembered), remembered);
        prefs.flush();
        CompletableFuture<TreeBuilder> firstTree = new CompletableFuture<>();
        app.openWithTree(FileOps.DISK, firstTree);

        app.exec.submit(() -> null).get(30, TimeUnit.SECONDS); // the index opened before this ran
        GuiActionRunner.execute(() -> null);                   // and its answer reached the event thread
        assertThat(GuiActionRunner.execute(() -> app.workbench.search.isReady()))
                .as("not ready while the tree is empty").isFalse();
        assertThat(GuiActionRunner.execute(() -> app.workbench.tree.tree().getRowCount())).isZero();

        firstTree.complete(new TreeBuilder(app.ws));
        WindowTestSupport.waitUntil("search ready", () -> GuiActionRunner.execute(() -> app.workbench.search.isReady()));
        assertThat(GuiActionRunner.execute(() -> shownTitles(app.workbench.tree.tree())))
                .containsExactlyElementsOf(allTitlesInTreeOrder());
        assertThat(GuiActionRunner.execute(() -> app.workbench.tree.selectedNote().map(Note::id).orElse(null)))
                .isEqualTo(remembered);
    }

    @Test
    void aChangeBeforeTheFirstTreeArrivesIsNotLostToIt() throws Exception {
        CompletableFuture<TreeBuilder> firstTree = new CompletableFuture<>();
        app.openWithTree(FileOps.DISK, firstTree);
        TreeBuilder stale = new TreeBuilder(app.ws);
        app.ws.createSection(null, "Added meanwhile");
        WindowTestSupport.waitUntil("the change shown", () -> GuiActionRunner.execute(
                () -> shownTitles(app.workbench.tree.tree()).contains("Added meanwhile")));

        firstTree.complete(stale);
        WindowTestSupport.waitUntil("search ready", () -> GuiActionRunner.execute(() -> app.workbench.search.isReady()));
        assertThat(GuiActionRunner.execute(() -> shownTitles(app.workbench.tree.tree())))
                .contains("Added meanwhile").containsExactlyElementsOf(allTitlesInTreeOrder());
    }

    /** Every section title and note title, depth first, as the workspace on disk holds them. */
    private List<String> allTitlesInTreeOrder() {
        List<String> out = new ArrayList<>();
        try (var ws = org.prepdesk.store.Workspace.open(app.dir, org.prepdesk.store.Workspace.Access.READ)) {
            TreeBuilder b = new TreeBuilder(ws);
            collect(b.root, out);
        }
        return out;
    }

    /** Every node's text in the shown model, depth first (collapsed ones included). */
    private static List<String> shownTitles(JTree tree) {
        List<String> out = new ArrayList<>();
        collect((DefaultMutableTreeNode) tree.getModel().getRoot(), out);
        return out;
    }

    private static void collect(DefaultMutableTreeNode node, List<String> out) {
        for (int i = 0; i < node.getChildCount(); i++) {
            DefaultMutableTreeNode child = (DefaultMutableTreeNode) node.getChildAt(i);
            out.add(child.getUserObject().toString());
            collect(child, out);
        }
    }
}
