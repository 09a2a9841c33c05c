package org.prepdesk.history;

import java.io.IOException;
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
     * Stages every change and commits it; empty when there was nothing to commit.
     *
     * @param importedFrom the files an import read (for the message), or null
     * @param message the message to use instead of one describing the changes, or null
     */
    static Optional<RevCommit> commitAll(Git git, PersonIdent author, PersonIdent committer, String importedFrom, String message)
            throws GitAPIException, IOException {
        Repository repo = git.getRepository();
        DirCache staged = git.add().addFilepattern(".").setAll(true).call();
        List<Change> changes = changesToHead(repo, staged);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        String text = message != null ? message : CommitMessages.describe(changes, importedFrom);
        return Optional.of(git.commit().setMessage(text).setAuthor(author).setCommitter(committer)
                .setNoVerify(true).setSign(Boolean.FALSE).call());
    }

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
