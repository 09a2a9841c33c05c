package org.prepdesk.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.prepdesk.store.Ids;
import org.prepdesk.store.JsonCodec;
import org.prepdesk.store.WorkspaceLayout;

/**
 * The other side's version of an item both sides changed, made into a second item beside the first:
 * a new id, "… (from machine)" in its title (a sheet's name), and for a note the rank just after the
 * original so it shows next to it. Unknown keys are kept as they are. Not thread-safe.
 */
final class ConflictCopies {
    record Copy(String id, String title, ObjectId blob) {
    }

    private final JsonCodec codec = new JsonCodec();
    private final ObjectReader reader;
    private final ObjectInserter inserter;
    private final String machine;

    ConflictCopies(ObjectReader reader, ObjectInserter inserter, String machine) {
        this.reader = reader;
        this.inserter = inserter;
        this.machine = machine;
    }

    String machine() {
        return machine;
    }

    Copy copyOf(String folder, byte[] theirs, Set<String> taken) throws IOException {
        ObjectNode o;
        try {
            o = codec.parseObject(theirs);
        } catch (IOException e) {
            // not an item this version can read: keep the bytes whole under a new name
            String id = freshId(folder, taken);
            return new Copy(id, id, inserter.insert(Constants.OBJ_BLOB, theirs));
        }
        String id = freshId(folder, taken);
        String titleKey = folder.equals(WorkspaceLayout.SHEETS) ? "name" : "title";
        String title = o.path(titleKey).asText("") + " (from " + machine + ")";
        o.put("id", id);
        o.put(titleKey, title);
        if (o.path("rank").canConvertToLong()) {
            o.put("rank", o.path("rank").asLong() + 1);
        }
        return new Copy(id, title, inserter.insert(Constants.OBJ_BLOB, codec.bytes(o)));
    }

    private String freshId(String folder, Set<String> taken) throws IOException {
        char prefix = folder.equals(WorkspaceLayout.NOTES) ? 'n' : folder.equals(WorkspaceLayout.SECTIONS) ? 's' : 'h';
        for (; ; ) {
            String id = Ids.generate(prefix);
            if (!taken.contains(folder + "/" + id + ".json")) {
                return id;
            }
        }
    }

    byte[] bytes(ObjectId id) throws IOException {
        return reader.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
    }
}
