package org.prepdesk.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectInserter;
import org.prepdesk.store.WorkspaceLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Turns whatever the work tree holds that the last commit does not into one commit: every file,
 * however it changed (a save, a command, an outside edit), so nothing depends on having heard of a
 * change. Not thread-safe: {@link History} serialises calls.
 */
final class Committer {
    private Committer() {
    }

    /**
     * Stages every change (or, when {@code paths} is not null, those files plus the small folders no
     * event covers) and commits it; empty when there was nothing to commit.
     *
     * @param importedFrom the files an import read (for the message), or null
     * @param message the message to use instead of one describing the changes, or null
     */
    static Optional<RevCommit> commitAll(Git git, PersonIdent author, PersonIdent committer, String importedFrom,
            String message, Set<String> paths) throws GitAPIException, IOException {
        Repository repo = git.getRepository();
        DirCache staged = paths == null ? git.add().addFilepattern(".").setAll(true).call() : stage(git, paths);
        List<Change> changes = changesToHead(repo, staged);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        String text = message != null ? message : CommitMessages.describe(changes, importedFrom);
        return Optional.of(git.commit().setMessage(text).setAuthor(author).setCommitter(committer)
                .setNoVerify(true).setSign(Boolean.FALSE).call());
    }

    /**
     * Stages the named files by editing the index directly (a walk of the work tree stats all 10,000
     * note files), then the top-level files and folders other than notes, sections and trash, which
     * are small and which no event names (sheets, rehearsal state, prepdesk.json).
     */
    private static DirCache stage(Git git, Set<String> paths) throws IOException, GitAPIException {
        Repository repo = git.getRepository();
        Path root = repo.getWorkTree().toPath();
        DirCache dc = repo.lockDirCache();
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            DirCacheEditor editor = dc.editor();
            for (String p : paths) {
                Path f = root.resolve(p);
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    byte[] bytes = Files.readAllBytes(f);
                    ObjectId id = inserter.insert(Constants.OBJ_BLOB, bytes);
                    editor.add(new DirCacheEditor.PathEdit(p) {
                        @Override
                        public void apply(DirCacheEntry e) {
                            e.setFileMode(FileMode.REGULAR_FILE);
                            e.setObjectId(id);
                            e.setLength(bytes.length);
                            e.setLastModified(a.lastModifiedTime().toInstant());
                        }
                    });
                } else if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                    editor.add(new DirCacheEditor.DeletePath(p));
                }
            }
            inserter.flush();
            editor.commit();
        } finally {
            dc.unlock();
        }
        List<String> small = new ArrayList<>();
        try (Stream<Path> top = Files.list(root)) {
            top.map(p -> p.getFileName().toString()).filter(n -> !LARGE.contains(n) && !n.startsWith("."))
                    .forEach(small::add);
        }
        if (small.isEmpty()) {
            return repo.readDirCache();
        }
        AddCommand add = git.add().setAll(true);
        small.forEach(add::addFilepattern);
        return add.call();
    }

    private static final Set<String> LARGE = Set.of(WorkspaceLayout.NOTES, WorkspaceLayout.SECTIONS, "trash");

    /** The files of the index that differ from HEAD's, with both sides' bytes. */
    static List<Change> changesToHead(Repository repo, DirCache index) throws IOException {
        List<Change> out = new ArrayList<>();
        ObjectId head = repo.resolve(Constants.HEAD + "^{tree}");
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk tw = new TreeWalk(repo, reader)) {
            if (head == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(head);
            }
            tw.addTree(new DirCacheIterator(index));
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                out.add(new Change(tw.getPathString(), bytes(reader, tw, 0), bytes(reader, tw, 1)));
            }
        }
        return out;
    }

    static byte[] bytes(ObjectReader reader, TreeWalk tw, int tree) throws IOException {
        if (tw.getRawMode(tree) == 0) {
            return null;
        }
        ObjectId id = tw.getObjectId(tree);
        return reader.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
    }
}
