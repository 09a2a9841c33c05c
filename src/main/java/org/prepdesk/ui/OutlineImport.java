package org.prepdesk.ui;

import java.nio.file.Path;
import java.util.List;
import org.prepdesk.outline.ImportCounts;
import org.prepdesk.outline.ImportProgress;
import org.prepdesk.outline.ImportResult;
import org.prepdesk.outline.OutlineImporter;
import org.prepdesk.store.Workspace;

/**
 * File › Import…: how the window hands an outline file to the importer. Runs on the task executor
 * and returns a one-line summary for the status bar; tests may hand in their own.
 */
@FunctionalInterface
public interface OutlineImport {
    String importFile(Workspace ws, Path file, ImportProgress progress) throws Exception;

    /** The real importer: all or nothing, a new top section named after the file. */
    OutlineImport OUTLINES = (ws, file, progress) -> {
        OutlineImporter importer = new OutlineImporter();
        ImportResult r = importer.write(ws, List.of(importer.plan(file)), List.of(), progress);
        ImportCounts c = r.counts();
        String summary = "Imported " + file.getFileName() + ": " + c.notes() + " notes in " + c.sections()
                + " sections (" + c.stories() + " stories, " + c.talkingPoints() + " talking points, "
                + c.questions() + " questions, " + c.asks() + " to ask)";
        return r.warnings().isEmpty() ? summary : summary + " — " + r.warnings().get(0);
    };
}
