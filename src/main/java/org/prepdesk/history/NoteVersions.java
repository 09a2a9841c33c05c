package org.prepdesk.history;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.WorkspaceLayout;

/**
 * Reads a note's past out of the repository: the commits that changed its file, its file at any
 * of them, and notes that are gone from both the workspace and its trash. Not thread-safe:
 * {@link History} serialises calls.
 */
final class NoteVersions {
    static final int VERSION_DIGITS = 10;

    private NoteVersions() {
    }

    static String notePath(String noteId) {
        return WorkspaceLayout.NOTES + "/" + noteId + ".json";
    }

    /** The commits after which the note's file held new content, newest first. */
    static List<Version> versions(Repository repo, String noteId) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        List<Version> out = new ArrayList<>();
        if (head == null) {
            return out;
        }
        String path = notePath(noteId);
        // every commit, not git log's simplified path history: after a sync, the edit of the side whose
        // version became a copy is on a branch that path simplification would skip
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit c : walk) {
                byte[] now = blobIdAt(reader, c, path);
                if (now != null && (c.getParentCount() == 0 || differsFromAll(walk, reader, c, path, now))) {
                    out.add(version(c));
                }
            }
        }
        return out;
    }

    private static boolean differsFromAll(RevWalk walk, ObjectReader reader, RevCommit c, String path, byte[] id)
            throws IOException {
        for (RevCommit p : c.getParents()) {
            walk.parseHeaders(p);
            if (java.util.Arrays.equals(id, blobIdAt(reader, p, path))) {
                return false;
            }
        }
        return true;
    }

    /** The raw id of the file at a commit, or null; cheaper than its bytes. */
    private static byte[] blobIdAt(ObjectReader reader, RevCommit c, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(reader, path, c.getTree())) {
            if (tw == null) {
                return null;
            }
            byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
            tw.getObjectId(0).copyRawTo(raw, 0);
            return raw;
        }
    }

    static Version version(RevCommit c) {
        return new Version(c.abbreviate(VERSION_DIGITS).name(), Instant.ofEpochSecond(c.getCommitTime()),
                c.getShortMessage());
    }

    /** The bytes of a workspace file at a version (a commit id or a unique prefix of one). */
    static byte[] fileAt(Repository repo, String version, String path) throws IOException {
        RevCommit c = commit(repo, version);
        try (ObjectReader reader = repo.newObjectReader()) {
            byte[] bytes = blobAt(reader, c, path);
            if (bytes == null) {
                throw new StoreException(StoreException.Reason.NOT_FOUND,
                        "version " + version + " holds no " + path);
            }
            return bytes;
        }
    }

    static RevCommit commit(Repository repo, String version) throws IOException {
        if (version == null || !version.matches("[0-9a-fA-F]{4,40}")) {
            throw new StoreException(StoreException.Reason.INVALID, "not a version: \"" + version
                    + "\" (use one listed by history ID)");
        }
        ObjectId id;
        try {
            id = repo.resolve(version + "^{commit}");
        } catch (org.eclipse.jgit.errors.AmbiguousObjectException e) {
            throw new StoreException(StoreException.Reason.INVALID, "version " + version + " is ambiguous; give more digits");
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException e) {
            id = null;
        }
        if (id == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "no version " + version + " in this history");
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(id);
        }
    }

    /**
     * The newest content any commit held at one of {@code paths} (tried in order in each commit), or
     * null: what a note's companion file last was, whether it was beside the note or in the trash.
     */
    static byte[] newestAt(Repository repo, List<String> paths) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            walk.setTreeFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
            for (RevCommit c : walk) {
                for (String path : paths) {
                    byte[] bytes = blobAt(reader, c, path);
                    if (bytes != null) {
                        return bytes;
                    }
                }
            }
        }
        return null;
    }

    static byte[] blobAt(ObjectReader reader, RevCommit c, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(reader, path, c.getTree())) {
            if (tw == null) {
                return null;
            }
            return reader.open(tw.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
        }
    }

    /**
     * Notes that some commit held and that are now neither in the workspace nor in its trash, newest
     * loss first, each with the last version that held it. Notes the last commit holds whose files are
     * gone from {@code workTree} (a trash emptied by hand, not yet committed) come first, with that
     * commit as their last version and its time.
     */
    static List<DeletedNote> deleted(Repository repo, java.nio.file.Path workTree) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        List<DeletedNote> out = new ArrayList<>();
        if (head == null) {
            return out;
        }
        TreeFilter notesAndTrash = PathFilterGroup.createFromStrings(WorkspaceLayout.NOTES + "/",
                WorkspaceLayout.TRASH_NOTES + "/");
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            RevCommit tip = walk.parseCommit(head);
            Set<String> present = idsIn(reader, tip, notesAndTrash);
            Map<String, DeletedNote> found = new LinkedHashMap<>();
            try (TreeWalk tw = new TreeWalk(reader)) {
                tw.addTree(tip.getTree());
                tw.setRecursive(true);
                tw.setFilter(notesAndTrash);
                while (tw.next()) {
                    String id = idOf(tw.getPathString());
                    if (!found.containsKey(id) && !onDisk(workTree, id)) {
                        found.put(id, new DeletedNote(id, ItemText.title(reader.open(tw.getObjectId(0))
                                .getCachedBytes(Integer.MAX_VALUE)), tip.abbreviate(VERSION_DIGITS).name(),
                                Instant.ofEpochSecond(tip.getCommitTime())));
                    }
                }
            }
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(tip);
            for (RevCommit c : walk) {
                for (RevCommit parent : c.getParents()) {
                    walk.parseHeaders(parent);
                    try (TreeWalk tw = new TreeWalk(reader)) {
                        tw.addTree(parent.getTree());
                        tw.addTree(c.getTree());
                        tw.setRecursive(true);
                        tw.setFilter(AndTreeFilter.create(notesAndTrash, TreeFilter.ANY_DIFF));
                        while (tw.next()) {
                            String id = idOf(tw.getPathString());
                            if (tw.getRawMode(1) == 0 && tw.getRawMode(0) != 0 && !present.contains(id)
                                    && !found.containsKey(id)) {
                                byte[] last = reader.open(tw.getObjectId(0)).getCachedBytes(Integer.MAX_VALUE);
                                found.put(id, new DeletedNote(id, ItemText.title(last),
                                        parent.abbreviate(VERSION_DIGITS).name(),
                                        Instant.ofEpochSecond(c.getCommitTime())));
                            }
                        }
                    }
                }
            }
            out.addAll(found.values());
        }
        return out;
    }

    private static Set<String> idsIn(ObjectReader reader, RevCommit c, TreeFilter filter) throws IOException {
        Set<String> ids = new HashSet<>();
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.addTree(c.getTree());
            tw.setRecursive(true);
            tw.setFilter(filter);
            while (tw.next()) {
                ids.add(idOf(tw.getPathString()));
            }
        }
        return ids;
    }

    private static boolean onDisk(java.nio.file.Path workTree, String id) {
        return java.nio.file.Files.exists(workTree.resolve(WorkspaceLayout.NOTES).resolve(id + ".json"))
                || java.nio.file.Files.exists(workTree.resolve(WorkspaceLayout.TRASH_NOTES).resolve(id + ".json"));
    }

    private static String idOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
