package org.prepdesk.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;

/**
 * What {@code git fsck} checks, with JGit: every object reachable from every reference is present
 * and well formed (JGit's {@link ObjectChecker}), HEAD resolves, and the index can be read.
 * Stateless; thread-safe.
 */
final class RepositoryCheck {
    private static final int MAX_REPORTED = 20;

    private RepositoryCheck() {
    }

    static List<String> problems(Repository repo) throws IOException {
        List<String> out = new ArrayList<>();
        if (repo.resolve(Constants.HEAD) == null) {
            out.add("HEAD does not name a commit");
        }
        try {
            repo.readDirCache();
        } catch (IOException e) {
            out.add("the index cannot be read: " + History.describe(e));
        }
        ObjectChecker checker = new ObjectChecker();
        try (ObjectWalk walk = new ObjectWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            for (Ref ref : repo.getRefDatabase().getRefs()) {
                if (ref.getObjectId() == null) {
                    continue;
                }
                try {
                    walk.markStart(walk.parseAny(ref.getObjectId()));
                } catch (MissingObjectException e) {
                    out.add(ref.getName() + " names a missing object " + ref.getObjectId().name());
                }
            }
            try {
                for (RevCommit c = walk.next(); c != null; c = walk.next()) {
                    check(checker, reader, c, out);
                }
                for (RevObject o = walk.nextObject(); o != null; o = walk.nextObject()) {
                    check(checker, reader, o, out);
                }
            } catch (MissingObjectException e) {
                out.add("missing object " + e.getObjectId().name());
            }
        }
        return out.size() > MAX_REPORTED ? out.subList(0, MAX_REPORTED) : out;
    }

    private static void check(ObjectChecker checker, ObjectReader reader, RevObject o, List<String> out)
            throws IOException {
        try {
            byte[] raw = reader.open(o, o.getType()).getCachedBytes(Integer.MAX_VALUE);
            checker.check(o, o.getType(), raw);
        } catch (CorruptObjectException e) {
            out.add("object " + o.name() + " is damaged: " + e.getMessage());
        } catch (MissingObjectException e) {
            out.add("missing object " + o.name());
        }
    }
}
