package org.prepdesk.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.prepdesk.store.WorkspaceLayout;

/**
 * Git's three-way merge at the grain of a workspace's files: a file changed on one side only takes
 * that side; a file changed on both never loses either version ({@link ConflictCopies}). Because
 * every note, section and sheet is its own file, two machines editing different items merge without
 * conflicts. Builds the merged tree in memory; the work tree is touched only by the checkout that
 * follows. Not thread-safe: one merge per instance.
 */
final class TreeMerge {
    record Result(ObjectId tree, List<SyncConflict> conflicts) {
    }

    record Entry(FileMode mode, ObjectId id) {
    }

    private final ObjectReader reader;
    private final ObjectInserter inserter;
    private final ConflictCopies copies;
    private final Map<String, Entry> merged = new TreeMap<>();
    private final Map<String, ObjectId> base = new TreeMap<>();
    private final List<SyncConflict> conflicts = new ArrayList<>();

    TreeMerge(ObjectReader reader, ObjectInserter inserter, String theirMachine) {
        this.reader = reader;
        this.inserter = inserter;
        this.copies = new ConflictCopies(reader, inserter, theirMachine);
    }

    Result merge(RevCommit baseCommit, RevCommit ours, RevCommit theirs) throws IOException {
        List<String[]> both = new ArrayList<>();
        List<ObjectId[]> bothIds = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(reader)) {
            if (baseCommit == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(baseCommit.getTree());
            }
            tw.addTree(ours.getTree());
            tw.addTree(theirs.getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                String path = tw.getPathString();
                ObjectId b = id(tw, 0);
                ObjectId o = id(tw, 1);
                ObjectId t = id(tw, 2);
                if (b != null) {
                    base.put(path, b);
                }
                if (Objects.equals(o, t) || Objects.equals(t, b)) {
                    put(path, tw, 1, o);
                } else if (Objects.equals(o, b)) {
                    put(path, tw, 2, t);
                } else {
                    both.add(new String[] {path});
                    bothIds.add(new ObjectId[] {b, o, t});
                    // ours stands until the conflict is resolved below
                    put(path, tw, o != null ? 1 : 2, o != null ? o : t);
                }
            }
        }
        for (int i = 0; i < both.size(); i++) {
            resolve(both.get(i)[0], bothIds.get(i)[1], bothIds.get(i)[2]);
        }
        new TrashedParents(reader, inserter, merged, base, conflicts).bringBack();
        return new Result(writeTree(), conflicts);
    }

    private void resolve(String path, ObjectId ours, ObjectId theirs) throws IOException {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        if (folder.startsWith("trash")) {
            return; // both trashed the same item at different moments: either record restores it
        }
        if (ours == null || theirs == null) {
            // deleted on one side, changed on the other: the change wins
            ObjectId kept = ours != null ? ours : theirs;
            merged.put(path, new Entry(FileMode.REGULAR_FILE, kept));
            String trashed = "trash/" + path;
            if (merged.containsKey(trashed) && !base.containsKey(trashed)) {
                merged.remove(trashed);
            }
            String title = ItemText.title(bytes(kept));
            conflicts.add(new SyncConflict(new Change(path, null, null).id(), null, title, ours == null
                    ? "\"" + title + "\" was deleted here and changed on " + copies.machine() + ": the changed version is kept"
                    : "\"" + title + "\" was deleted on " + copies.machine() + " and changed here: the changed version is kept"));
            return;
        }
        merged.put(path, new Entry(FileMode.REGULAR_FILE, ours));
        if (folder.equals(WorkspaceLayout.NOTES) || folder.equals(WorkspaceLayout.SECTIONS)
                || folder.equals(WorkspaceLayout.SHEETS)) {
            ConflictCopies.Copy copy = copies.copyOf(folder, bytes(theirs), merged.keySet());
            merged.put(folder + "/" + copy.id() + ".json", new Entry(FileMode.REGULAR_FILE, copy.blob()));
            String title = ItemText.title(bytes(ours));
            conflicts.add(new SyncConflict(new Change(path, null, null).id(), copy.id(), copy.title(),
                    "\"" + title + "\" was changed here and on " + copies.machine() + ": both are kept, "
                            + copies.machine() + "'s as \"" + copy.title() + "\""));
        } else {
            conflicts.add(new SyncConflict(path, null, path, path + " was changed here and on "
                    + copies.machine() + ": this machine's version is kept"));
        }
    }

    private void put(String path, TreeWalk tw, int tree, ObjectId id) {
        if (id != null) {
            FileMode mode = tw.getFileMode(tree);
            merged.put(path, new Entry(mode == FileMode.EXECUTABLE_FILE ? FileMode.REGULAR_FILE : mode, id));
        }
    }

    private static ObjectId id(TreeWalk tw, int tree) {
        return tw.getRawMode(tree) == 0 ? null : tw.getObjectId(tree);
    }

    private byte[] bytes(ObjectId id) throws IOException {
        return reader.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
    }

    private ObjectId writeTree() throws IOException {
        DirCache dc = DirCache.newInCore();
        DirCacheBuilder b = dc.builder();
        for (Map.Entry<String, Entry> e : merged.entrySet()) {
            DirCacheEntry d = new DirCacheEntry(e.getKey());
            d.setFileMode(e.getValue().mode());
            d.setObjectId(e.getValue().id());
            b.add(d);
        }
        b.finish();
        return dc.writeTree(inserter);
    }
}
