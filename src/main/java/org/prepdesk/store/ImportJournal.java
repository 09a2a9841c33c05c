package org.prepdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.prepdesk.model.Section;

/**
 * Makes an import all or nothing even when the process is killed half-way (SIGKILL, power cut), when
 * no rollback code can run. Before its first write an import records, in
 * {@code .prepdesk/import-in-progress.json}, the section it writes under (its "anchor", or the top) and
 * which sections were already there; when it has finished (or rolled back) it removes the file. A
 * writer that opens the workspace and finds the file knows an import was cut off: every section under
 * the anchor that was not there before is the import's, and is moved to the trash (restorable, and
 * reported as a {@link Problem}). A reader only reports it.
 *
 * <p>One import at a time per workspace (the workspace lock already ensures one writer). Not
 * thread-safe; a journal is used by the thread running the import.
 */
public final class ImportJournal {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace ws;
    private final Path file;
    private boolean open;

    private ImportJournal(Workspace ws) {
        this.ws = ws;
        this.file = ws.root().resolve(WorkspaceLayout.IMPORT_JOURNAL);
    }

    /**
     * Records, durably, that an import is about to write sections under {@code anchorId} (null: the top
     * of the workspace). Call before the import's first write.
     */
    public static ImportJournal begin(Workspace ws, String anchorId) {
        if (ws.isReadOnly()) {
            throw new StoreException(StoreException.Reason.READ_ONLY, ws.readOnlyReason().orElse("read-only"));
        }
        ImportJournal j = new ImportJournal(ws);
        ObjectNode o = JSON.createObjectNode();
        o.put("anchor", anchorId);
        ArrayNode before = o.putArray("before");
        ws.children(anchorId).forEach(s -> before.add(s.id()));
        try {
            Files.createDirectories(j.file.getParent());
            ws.atomicFiles().write(j.file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o));
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED,
                    "cannot start the import: " + Workspace.describe(e), e);
        }
        j.open = true;
        return j;
    }

    /** The import finished or was taken back: nothing to clean up any more. */
    public void finish() {
        if (!open) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            ws.atomicFiles().syncDir(file.getParent());
        } catch (IOException e) {
            // Left behind, the next writer would trash a finished import: say so rather than pretend.
            throw new StoreException(StoreException.Reason.WRITE_FAILED,
                    "the import was written, but its marker " + WorkspaceLayout.IMPORT_JOURNAL + " could not be removed: "
                    + Workspace.describe(e) + "; delete that file by hand", e);
        }
        open = false;
    }

    /**
     * Called when a workspace opens: if an import was cut off, a writer moves what it wrote to the trash
     * and a reader reports it. Either way a {@link Problem} tells the user.
     */
    static void recover(Workspace ws) {
        Path file = ws.root().resolve(WorkspaceLayout.IMPORT_JOURNAL);
        if (!Files.isRegularFile(file)) {
            return;
        }
        String anchor;
        Set<String> before = new HashSet<>();
        try {
            JsonNode o = JSON.readTree(Files.readAllBytes(file));
            JsonNode a = o.get("anchor");
            anchor = a == null || a.isNull() ? null : a.asText();
            o.withArray("before").forEach(id -> before.add(id.asText()));
        } catch (IOException | RuntimeException e) {
            ws.addProblem(new Problem(WorkspaceLayout.IMPORT_JOURNAL, "an import was cut off, but its marker cannot be read ("
                    + Workspace.describe(e)
                    + "); check the workspace for a half-imported section and delete the marker", null));
            return;
        }
        if (anchor != null && ws.section(anchor).isEmpty()) {
            anchor = null;   // the anchor itself was new or is gone: look at the top
        }
        List<Section> written = new ArrayList<>();
        for (Section s : ws.children(anchor)) {
            if (!before.contains(s.id())) {
                written.add(s);
            }
        }
        List<String> titles = written.stream().map(s -> "\"" + ws.sectionPath(s.id()) + "\"").toList();
        if (ws.isReadOnly()) {
            ws.addProblem(new Problem(WorkspaceLayout.IMPORT_JOURNAL, "an import was cut off before it finished"
                    + (titles.isEmpty() ? "" : "; its sections " + String.join(", ", titles) + " are incomplete")
                    + "; they go to the trash when the workspace is next opened for writing", null));
            return;
        }
        List<String> left = new ArrayList<>();
        for (Section s : written) {
            try {
                ws.trashSection(s.id());
            } catch (StoreException e) {
                left.add("\"" + ws.sectionPath(s.id()) + "\" (" + e.getMessage() + ")");
            }
        }
        if (!left.isEmpty()) {
            // The marker stays, so the next writer tries again; the workspace still opens.
            ws.addProblem(new Problem(WorkspaceLayout.IMPORT_JOURNAL, "an import was cut off before it finished, and "
                    + String.join(", ", left) + " could not be moved to the trash; remove it by hand", null));
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // harmless: the next writer finds nothing new under the anchor
        }
        ws.addProblem(new Problem(WorkspaceLayout.IMPORT_JOURNAL, "an import was cut off before it finished"
                + (titles.isEmpty() ? " (it had written nothing)" : "; what it had written ("
                        + String.join(", ", titles) + ") was moved to the trash, so nothing of it was imported"), null));
    }
}
