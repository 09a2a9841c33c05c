package org.prepdesk.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.prepdesk.model.Note;
import org.prepdesk.store.JsonCodec;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.NoteCompanion;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/**
 * A workspace's history and sync: a Git repository (through JGit) whose work tree is the workspace
 * folder. Commits take whatever the files hold, so history never needs to know how they changed; it
 * never writes a workspace file except by checking out a synced version. The one way into
 * {@code org.prepdesk.history}.
 *
 * <p>Thread-safe: every operation holds this object's lock (in the window they all run on the one
 * background executor anyway).
 */
public final class History implements AutoCloseable {
    private final GitPlace place;
    private final Repository repo;
    private final Git git;

    private History(GitPlace place, Repository repo) {
        this.place = place;
        this.repo = repo;
        this.git = new Git(repo);
    }

    /** Where the workspace's history is, or why it is off. */
    public static GitPlace place(Path workspace) {
        return GitPlace.of(workspace);
    }

    /**
     * Opens the history of a workspace when it has one. {@code holdsWorkspaceLock}: the caller holds the
     * workspace's write lock, so Git lock files left by a killed PrepDesk can only be stale and are removed.
     */
    public static Optional<History> open(Path workspace, boolean holdsWorkspaceLock) {
        GitPlace place = GitPlace.of(workspace);
        if (!place.isOn()) {
            return Optional.empty();
        }
        if (holdsWorkspaceLock) {
            removeStaleLocks(place.gitDir());
        }
        try {
            Repository r = new FileRepositoryBuilder().setGitDir(place.gitDir().toFile())
                    .setWorkTree(place.workspace().toFile()).setMustExist(true).build();
            return Optional.of(new History(place, r));
        } catch (IOException | RuntimeException e) {
            throw new StoreException(StoreException.Reason.INVALID, "the history repository cannot be opened: "
                    + describe(e), e);
        }
    }

    /**
     * Turns history on (a repository in the folder, or {@code separateGitDir} when not null) and commits
     * what the workspace holds. Refuses a folder inside another repository unless given a separate git dir.
     */
    public static History enable(Path workspace, Path separateGitDir) {
        GitPlace place = HistorySetup.enable(workspace, separateGitDir);
        History h = open(place.workspace(), true).orElseThrow();
        h.commitAll(null, "Start history");
        return h;
    }

    /**
     * For a workspace just made (`init`, the window's New workspace): turns history on, unless the folder
     * is inside another Git work tree, whose repository is the user's for other things. Returns why
     * history stays off, or empty when it is on.
     */
    public static Optional<String> enableForNewWorkspace(Path workspace) {
        if (GitPlace.insideAnotherRepository(workspace)) {
            return Optional.of(place(workspace).whyOff());
        }
        enable(workspace, null).close();
        return Optional.empty();
    }

    /** {@code init --clone}: a second machine's copy of a synced workspace. */
    public static void cloneInto(String url, Path dir) {
        HistorySetup.cloneInto(url, dir);
    }

    public GitPlace where() {
        return place;
    }

    /** This machine's name as the other machines see it. */
    public synchronized String machine() {
        return Machine.name(repo.getConfig());
    }

    /** Names this machine for "… (from NAME)" on the others (kept in the repository's config). */
    public synchronized void setMachine(String name) {
        try {
            repo.getConfig().setString(GitPlace.CONFIG_SECTION, null, Machine.KEY, name.strip());
            repo.getConfig().save();
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, "cannot save the machine's name: " + describe(e), e);
        }
    }

    /**
     * Commits every change of the workspace's files since the last commit; returns the new version, or
     * empty when nothing changed. {@code importedFrom} names an import's files for the message.
     */
    public synchronized Optional<Version> commitAll(String importedFrom) {
        return commit(importedFrom, null, null);
    }

    /**
     * As {@link #commitAll}, looking only at {@code paths} (from {@link ChangedPaths}; null: everything)
     * and the small top-level folders, which is what makes a commit cheap in a large workspace.
     */
    public synchronized Optional<Version> commitPaths(java.util.Set<String> paths, String importedFrom) {
        return commit(importedFrom, null, paths);
    }

    private synchronized Optional<Version> commitAll(String importedFrom, String message) {
        return commit(importedFrom, message, null);
    }

    private synchronized Optional<Version> commit(String importedFrom, String message, java.util.Set<String> paths) {
        try {
            Optional<Version> v = Committer.commitAll(git, Machine.author(repo.getConfig()),
                    Machine.committer(repo.getConfig()), importedFrom, message, paths).map(NoteVersions::version);
            if (v.isPresent()) {
                Packer.packIfLoose(git);
            }
            return v;
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, "history: the commit failed ("
                    + describe(e) + "); the saved files are untouched and the next commit takes them up", e);
        }
    }

    /** The versions of a note, newest first (a deleted note's too). */
    public synchronized List<Version> versions(String noteId) {
        requireId(noteId);
        try {
            return NoteVersions.versions(repo, noteId);
        } catch (IOException e) {
            throw readFailed(e);
        }
    }

    /** The note as it was at a version. */
    public synchronized Note noteAt(String version, String noteId) {
        requireId(noteId);
        try {
            byte[] bytes;
            try {
                bytes = NoteVersions.fileAt(repo, version, NoteVersions.notePath(noteId));
            } catch (StoreException e) {
                if (e.reason() != StoreException.Reason.NOT_FOUND || !version.matches("[0-9a-fA-F]{4,40}")) {
                    throw e;
                }
                // last seen in the trash
                bytes = NoteVersions.fileAt(repo, version, WorkspaceLayout.TRASH_NOTES + "/" + noteId + ".json");
            }
            return new JsonCodec().decodeNote(bytes).value();
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_FOUND && e.getMessage().startsWith("version")) {
                throw new StoreException(StoreException.Reason.NOT_FOUND, "the note " + noteId
                        + " did not exist at version " + version);
            }
            throw e;
        } catch (IOException e) {
            throw readFailed(e);
        }
    }

    /** An inline diff of a note between two versions. */
    public List<NoteDiff.Line> diff(String noteId, String olderVersion, String newerVersion) {
        return NoteDiff.between(noteAt(olderVersion, noteId), noteAt(newerVersion, noteId));
    }

    /** Notes gone from both the workspace and its trash, with the last version holding each. */
    public synchronized List<DeletedNote> deletedNotes() {
        try {
            return NoteVersions.deleted(repo, place.workspace());
        } catch (IOException e) {
            throw readFailed(e);
        }
    }

    /**
     * Makes a version of a note its current content, as a new save (so restoring is itself a version).
     * A note that is gone comes back under its own id in its section (or "Restored from history"), so
     * links to it hold again, with the newest companion files history has (its whole rehearsal record).
     */
    public Note restore(Workspace ws, String version, String noteId) {
        Note old = noteAt(version, noteId);
        Optional<Note> now = ws.note(noteId);
        if (now.isPresent()) {
            return ws.updateNote(old.withPlace(now.get().sectionId(), now.get().rank()));
        }
        String section = ws.section(old.sectionId()).isPresent() ? old.sectionId()
                : ws.ensureSectionPath(List.of("Restored from history")).id();
        Note back = ws.createNote(section, old, true);
        for (NoteCompanion kind : ws.companions()) {
            if (ws.readCompanion(kind, noteId).isEmpty()) {
                newestCompanion(kind, noteId).ifPresent(b -> ws.writeCompanion(kind, noteId, b));
            }
        }
        return back;
    }

    /** The newest companion file of a kind the note had, beside it or in the trash (a rehearsal log only grows). */
    private synchronized Optional<byte[]> newestCompanion(NoteCompanion kind, String noteId) {
        try {
            return Optional.ofNullable(NoteVersions.newestAt(repo, List.of(kind.folder() + "/" + noteId + ".json",
                    "trash/" + kind.folder() + "/" + noteId + ".json")));
        } catch (IOException e) {
            throw readFailed(e);
        }
    }

    /** The remote URL sync uses, if one was given. */
    public synchronized Optional<String> remote() {
        return Optional.ofNullable(Syncer.remoteUrl(repo));
    }

    /**
     * Commits, fetches, merges, checks the result out and pushes. {@code remoteUrl} (when not null)
     * becomes the remote from now on. The caller rescans the workspace afterwards.
     */
    public synchronized SyncResult sync(String remoteUrl, Consumer<String> progress) {
        try {
            if (remoteUrl != null) {
                Syncer.setRemote(repo, remoteUrl);
            }
            progress.accept("Saving local changes");
            commitAll(null);
            return new Syncer(git, Machine.author(repo.getConfig()), Machine.committer(repo.getConfig()), progress).sync();
        } catch (StoreException e) {
            throw e;
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, "sync failed: " + describe(e)
                    + "; nothing was lost, sync again", e);
        }
    }

    /** Git objects and references are whole and readable (what {@code git fsck} checks). */
    public synchronized List<String> verify() {
        try {
            return RepositoryCheck.problems(repo);
        } catch (IOException e) {
            return List.of("cannot read the repository: " + describe(e));
        }
    }

    @Override
    public synchronized void close() {
        git.close();
        repo.close();
    }

    /** A one-line reason for a Git failure. */
    static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static void requireId(String noteId) {
        if (noteId == null || !org.prepdesk.store.Ids.isValid(noteId)) {
            throw new StoreException(StoreException.Reason.INVALID, "not a valid id: \"" + noteId + "\"");
        }
    }

    private static StoreException readFailed(IOException e) {
        return new StoreException(StoreException.Reason.INVALID, "the history cannot be read: " + describe(e), e);
    }

    /** Lock files Git leaves when killed; only called while the workspace lock shuts out other writers. */
    private static void removeStaleLocks(Path gitDir) {
        try (Stream<Path> s = Files.walk(gitDir, 6)) {
            s.filter(p -> p.getFileName().toString().endsWith(".lock") && Files.isRegularFile(p)
                    && !p.startsWith(gitDir.resolve("objects"))).forEach(p -> {
                        try {
                            Files.delete(p);
                        } catch (IOException ignored) {
                            // then Git reports the lock, once, when it needs it
                        }
                    });
        } catch (IOException ignored) {
            // as above
        }
    }
}
