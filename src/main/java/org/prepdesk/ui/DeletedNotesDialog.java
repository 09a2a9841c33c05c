package org.prepdesk.ui;

import java.awt.Window;
import java.util.function.Consumer;
import javax.swing.JDialog;
import org.prepdesk.history.DeletedNote;
import org.prepdesk.history.History;
import org.prepdesk.model.Note;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * "Show deleted notes": notes gone from the workspace and from its trash that history still holds;
 * Restore brings the last version back as a note and opens it. Read on the task executor. EDT only.
 */
final class DeletedNotesDialog extends JDialog {
    private final History history;
    private RestoreList<DeletedNote> items; // set once in the constructor (its restore callback reads it later)

    DeletedNotesDialog(Window owner, Workspace ws, TaskExecutor exec, Feedback fb, History history, Consumer<Note> open,
                       Runnable commit) {
        super(owner, "Deleted notes in history", ModalityType.MODELESS);
        this.history = history;
        setName("deletedNotesDialog");
        items = new RestoreList<>(exec, fb, "deletedList", "restoreDeletedButton", DeletedNote::title,
                d -> "<br><span style='color:gray'>gone since " + RestoreList.WHEN.format(d.deletedAt()) + "</span>",
                d -> null,
                d -> UiTasks.run(exec, () -> history.restore(ws, d.lastVersion(), d.id()), n -> {
                    items.remove(d);
                    fb.info("Restored \"" + n.title() + "\"");
                    commit.run();
                    open.accept(n);
                }, fb),
                this::dispose);
        setContentPane(items);
        setSize(460, 380);
        setLocationRelativeTo(owner);
    }

    void open() {
        setVisible(true);
        items.load(history::deletedNotes);
    }
}
