package org.prepdesk.ui;

import java.awt.Component;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/** File › Import…: pick an outline file, import it on the task executor, report the summary. EDT only. */
final class ImportFlow {
    private ImportFlow() {
    }

    static void run(Component owner, Workspace ws, TaskExecutor exec, OutlineImport importer, StatusBar status) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Import an outline (text or Markdown)");
        chooser.setFileFilter(new FileNameExtensionFilter("Text and Markdown", "txt", "md", "markdown"));
        if (chooser.showOpenDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        status.info("Importing " + file.getFileName() + "…");
        String what = "Importing " + file.getFileName();
        UiTasks.run(exec, () -> importer.importFile(ws, file,
                (done, total) -> UiTasks.onEdt(() -> status.progress(done, total, what))), status::info, status);
    }
}
