package org.prepdesk.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.prepdesk.store.JsonCodec;
import org.prepdesk.store.WorkspaceLayout;

/**
 * After a merge, a note one side added to (or moved into) a section the other side moved to the
 * trash would have no section: such sections, and their trashed parents, come back out of the
 * trash, and the user is told. Not thread-safe; works on the merge's map of files.
 */
final class TrashedParents {
    private static final List<String> TRASH_KEYS = List.of("trashedAt", "trashedWith", "trashedFrom");

    private final JsonCodec codec = new JsonCodec();
    private final ObjectReader reader;
    private final ObjectInserter inserter;
    private final Map<String, TreeMerge.Entry> merged;
    private final Map<String, ObjectId> base;
    private final List<SyncConflict> conflicts;

    TrashedParents(ObjectReader reader, ObjectInserter inserter, Map<String, TreeMerge.Entry> merged,
            Map<String, ObjectId> base, List<SyncConflict> conflicts) {
        this.reader = reader;
        this.inserter = inserter;
        this.merged = merged;
        this.base = base;
        this.conflicts = conflicts;
    }

    void bringBack() throws IOException {
        List<String> notes = new ArrayList<>();
        String prefix = WorkspaceLayout.NOTES + "/";
        for (Map.Entry<String, TreeMerge.Entry> e : merged.entrySet()) {
            String p = e.getKey();
            if (p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0
                    && !Objects.equals(base.get(p), e.getValue().id())) {
                notes.add(p);
            }
        }
        for (String p : notes) {
            ObjectNode note = parse(merged.get(p).id());
            if (note != null) {
                restoreSection(note.path("section").asText(""), 0);
            }
        }
    }

    private void restoreSection(String sectionId, int depth) throws IOException {
        if (sectionId.isEmpty() || depth > 64) {
            return;
        }
        String live = WorkspaceLayout.SECTIONS + "/" + sectionId + ".json";
        String trashed = WorkspaceLayout.TRASH_SECTIONS + "/" + sectionId + ".json";
        if (merged.containsKey(live) || !merged.containsKey(trashed)) {
            return;
        }
        ObjectNode s = parse(merged.get(trashed).id());
        if (s == null) {
            return;
        }
        s.remove(TRASH_KEYS);
        merged.remove(trashed);
        merged.put(live, new TreeMerge.Entry(FileMode.REGULAR_FILE, inserter.insert(Constants.OBJ_BLOB, codec.bytes(s))));
        String title = s.path("title").asText("");
        conflicts.add(new SyncConflict(sectionId, null, title, "the section \"" + title
                + "\" was deleted on one machine while a note was added to it on the other: it is back out of the trash"));
        if (s.hasNonNull("parent")) {
            restoreSection(s.path("parent").asText(""), depth + 1);
        }
    }

    private ObjectNode parse(ObjectId id) {
        try {
            return codec.parseObject(reader.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
