package org.prepdesk.ui;

import java.awt.Window;
import java.util.function.Consumer;
import javax.swing.JDialog;
import org.prepdesk.store.TrashItem;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.TaskExecutor;

/**
 * The trash: what was deleted, newest first; Restore puts the selected item back where it was.
 * The list is read on the task executor (it reads the trash files). EDT only.
 */
public final class TrashDialog extends JDialog {
    private final Workspace ws;
    private RestoreList<TrashItem> items; // set once in the constructor (its restore callback reads it later)

    public TrashDialog(Window owner, Workspace ws, TaskExecutor exec, Feedback fb, Consumer<String> restore) {
        super(owner, "Trash", ModalityType.MODELESS);
        this.ws = ws;
        setName("trashDialog");
        items = new RestoreList<>(exec, fb, "trashList", "restoreButton", TrashItem::title,
                t -> (t.isSection() ? " (section, " + t.noteCount() + " notes)" : "")
                        + "<br><span style='color:gray'>from " + Html.escape(t.originalPath()) + " · "
                        + RestoreList.WHEN.format(t.trashedAt()) + "</span>",
                t -> t.isSection() ? KindIcon.SECTION : null,
                t -> {
                    restore.accept(t.id());
                    items.remove(t);
                },
                () -> setVisible(false));
        setContentPane(items);
        setSize(460, 380);
        setLocationRelativeTo(owner);
    }

    public void open() {
        refresh();
        setVisible(true);
    }

    public void refresh() {
        items.load(ws::trash);
    }
}
