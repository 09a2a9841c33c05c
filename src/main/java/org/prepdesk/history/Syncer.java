package org.prepdesk.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.prepdesk.store.StoreException;

/**
 * One sync with the remote "origin": fetch, merge ({@link TreeMerge}) or fast-forward, check the
 * result out into the workspace, push. The work tree changes only after the merged commit exists,
 * and HEAD moves only after the work tree holds it, so a kill at any point leaves files that the next
 * commit and sync take up again. Not thread-safe: {@link History} serialises calls.
 */
final class Syncer {
    static final String REMOTE = "origin";
    private static final String TRACKING = "refs/remotes/" + REMOTE + "/" + HistorySetup.BRANCH;
    private static final int ATTEMPTS = 3;

    private final Git git;
    private final Repository repo;
    private final PersonIdent author;
    private final PersonIdent committer;
    private final Consumer<String> progress;

    Syncer(Git git, PersonIdent author, PersonIdent committer, Consumer<String> progress) {
        this.git = git;
        this.repo = git.getRepository();
        this.author = author;
        this.committer = committer;
        this.progress = progress;
    }

    static String remoteUrl(Repository repo) {
        return repo.getConfig().getString("remote", REMOTE, "url");
    }

    static void setRemote(Repository repo, String url) throws IOException {
        StoredConfig c = repo.getConfig();
        c.setString("remote", REMOTE, "url", url);
        c.setString("remote", REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + REMOTE + "/*");
        c.setString("branch", HistorySetup.BRANCH, "remote", REMOTE);
        c.setString("branch", HistorySetup.BRANCH, "merge", Constants.R_HEADS + HistorySetup.BRANCH);
        c.save();
    }

    SyncResult sync() throws IOException, GitAPIException {
        if (remoteUrl(repo) == null) {
            throw new StoreException(StoreException.Reason.INVALID,
                    "no remote to sync with: give --remote URL (it is remembered)");
        }
        int pulled = 0;
        List<SyncConflict> conflicts = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            progress.accept("Fetching from " + remoteUrl(repo));
            git.fetch().setRemote(REMOTE).call();
            ObjectId theirsId = repo.resolve(TRACKING);
            ObjectId oursId = repo.resolve(Constants.HEAD);
            if (theirsId != null && !theirsId.equals(oursId)) {
                pulled += bringIn(oursId, theirsId, conflicts);
            }
            ObjectId head = repo.resolve(Constants.HEAD);
            int ahead = count(head, theirsId);
            if (ahead == 0) {
                return new SyncResult(pulled, 0, conflicts);
            }
            progress.accept("Pushing " + ahead + " change" + (ahead == 1 ? "" : "s"));
            StaleRemoteLocks.clear(remoteUrl(repo)); // a sync killed halfway would refuse this push otherwise
            String refused = push();
            if (refused == null) {
                return new SyncResult(pulled, ahead, conflicts);
            }
            if (attempt == ATTEMPTS) {
                throw new StoreException(StoreException.Reason.CONFLICT, "the remote refused the push: " + refused
                        + "; your changes are kept here, sync again later");
            }
            // someone pushed in between: fetch and merge again
        }
    }

    /** Merges or fast-forwards to their commit; returns how many of their commits were new here. */
    private int bringIn(ObjectId oursId, ObjectId theirsId, List<SyncConflict> conflicts) throws IOException {
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader();
                ObjectInserter inserter = repo.newObjectInserter()) {
            RevCommit theirs = walk.parseCommit(theirsId);
            RevCommit ours = oursId == null ? null : walk.parseCommit(oursId);
            if (ours != null && walk.isMergedInto(theirs, ours)) {
                return 0;
            }
            int news = count(theirsId, oursId);
            walk.reset();
            if (ours == null || walk.isMergedInto(ours, theirs)) {
                progress.accept("Bringing in " + news + " change" + (news == 1 ? "" : "s"));
                moveTo(ours, theirs);
                return news;
            }
            progress.accept("Merging " + news + " change" + (news == 1 ? "" : "s"));
            walk.reset();
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(ours);
            walk.markStart(theirs);
            RevCommit base = walk.next();
            walk.reset();
            walk.setRevFilter(RevFilter.ALL);
            TreeMerge.Result r = new TreeMerge(reader, inserter, theirs.getCommitterIdent().getName())
                    .merge(base == null ? null : walk.parseCommit(base), ours, theirs);
            CommitBuilder cb = new CommitBuilder();
            cb.setTreeId(r.tree());
            cb.setParentIds(ours, theirs);
            cb.setAuthor(new PersonIdent(author, java.time.Instant.now()));
            cb.setCommitter(new PersonIdent(committer, java.time.Instant.now()));
            cb.setMessage("Sync with " + theirs.getCommitterIdent().getName()
                    + (r.conflicts().isEmpty() ? "" : "; kept both sides of " + r.conflicts().size()
                    + " item" + (r.conflicts().size() == 1 ? "" : "s")) + "\n");
            ObjectId mergeId = inserter.insert(cb);
            inserter.flush();
            moveTo(ours, walk.parseCommit(mergeId));
            conflicts.addAll(r.conflicts());
            return news;
        }
    }

    /** Checks {@code target} out into the workspace, then points HEAD at it. */
    private void moveTo(RevCommit from, RevCommit target) throws IOException {
        DirCache dc = repo.lockDirCache();
        DirCacheCheckout co = from == null ? new DirCacheCheckout(repo, dc, target.getTree())
                : new DirCacheCheckout(repo, from.getTree(), dc, target.getTree());
        co.setFailOnConflict(true);
        try {
            co.checkout();
        } catch (org.eclipse.jgit.errors.CheckoutConflictException e) {
            throw new StoreException(StoreException.Reason.CONFLICT,
                    "a file changed while syncing; nothing was lost, sync again");
        }
        RefUpdate ru = repo.updateRef(Constants.HEAD);
        ru.setNewObjectId(target);
        ru.setRefLogMessage("prepdesk sync", false);
        RefUpdate.Result res = ru.forceUpdate();
        if (res == RefUpdate.Result.LOCK_FAILURE || res == RefUpdate.Result.IO_FAILURE) {
            throw new IOException("cannot move the branch to the synced version (" + res + ")");
        }
    }

    /** Returns null when the push went through, or the remote's reason for refusing it. */
    private String push() throws GitAPIException {
        String branch = Constants.R_HEADS + HistorySetup.BRANCH;
        Iterable<PushResult> results = git.push().setRemote(REMOTE).setRefSpecs(new RefSpec(branch + ":" + branch)).call();
        for (PushResult pr : results) {
            for (RemoteRefUpdate u : pr.getRemoteUpdates()) {
                switch (u.getStatus()) {
                    case OK, UP_TO_DATE -> {
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        return "it has changes this machine has not seen yet";
                    }
                    default -> throw new StoreException(StoreException.Reason.WRITE_FAILED, "the remote refused the push ("
                            + u.getStatus().name().toLowerCase().replace('_', ' ')
                            + (u.getMessage() == null ? "" : ": " + u.getMessage()) + ")");
                }
            }
        }
        return null;
    }

    /** Commits reachable from {@code tip} and not from {@code except}. */
    private int count(ObjectId tip, ObjectId except) throws IOException {
        if (tip == null) {
            return 0;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(tip));
            if (except != null) {
                walk.markUninteresting(walk.parseCommit(except));
            }
            int n = 0;
            for (RevCommit ignored : walk) {
                n++;
            }
            return n;
        }
    }
}
