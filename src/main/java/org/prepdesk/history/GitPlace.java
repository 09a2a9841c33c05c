package org.prepdesk.history;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.prepdesk.store.WorkspaceLayout;

/**
 * Where a workspace's history repository is, or why it has none. The repository is
 * {@code <workspace>/.git} when PrepDesk made it (or was told to adopt it), or a separate git dir named
 * in {@code .prepdesk/history-git-dir} when the workspace sits inside a repository made for other
 * things. Immutable.
 */
public record GitPlace(Path workspace, Path gitDir, String whyOff) {
    /** Config section and key marking a repository as a PrepDesk workspace's history. */
    static final String CONFIG_SECTION = "prepdesk";
    static final String MARK_KEY = "history";
    /** Names the separate git dir of a workspace inside another repository (one line, the absolute path). */
    static final String SEPARATE_POINTER = WorkspaceLayout.RUNTIME + "/history-git-dir";

    public boolean isOn() {
        return gitDir != null;
    }

    /** Finds the history of the workspace folder {@code root}; never creates anything. */
    public static GitPlace of(Path root) {
        Path ws = root.toAbsolutePath().normalize();
        Path pointer = ws.resolve(SEPARATE_POINTER);
        if (Files.isRegularFile(pointer)) {
            try {
                Path dir = Path.of(Files.readString(pointer, StandardCharsets.UTF_8).strip());
                if (Files.isDirectory(dir)) {
                    return new GitPlace(ws, dir, null);
                }
                return new GitPlace(ws, null, "the separate history repository " + dir + " is missing");
            } catch (IOException | RuntimeException e) {
                return new GitPlace(ws, null, "the pointer to the separate history repository cannot be read");
            }
        }
        Path own = ws.resolve(".git");
        if (Files.isDirectory(own)) {
            return isMarked(own) ? new GitPlace(ws, own, null) : new GitPlace(ws, null,
                    "the folder has a Git repository PrepDesk did not make; 'history --enable' uses it for history");
        }
        Optional<Path> outer = enclosingWorkTree(ws);
        if (outer.isPresent()) {
            return new GitPlace(ws, null, "the folder is inside another Git repository (" + outer.get()
                    + "), so history stays off and nothing is committed there; "
                    + "'history --enable --git-dir DIR' keeps a separate history");
        }
        return new GitPlace(ws, null, "it was never turned on; 'history --enable' turns it on");
    }

    /** Whether {@code ws} sits inside the work tree of a repository that is not its own history. */
    public static boolean insideAnotherRepository(Path ws) {
        Path abs = ws.toAbsolutePath().normalize();
        return !Files.isDirectory(abs.resolve(".git")) && enclosingWorkTree(abs).isPresent();
    }

    /** The work tree of a Git repository holding {@code ws} (not one at {@code ws} itself), if any. */
    static Optional<Path> enclosingWorkTree(Path ws) {
        Path parent = ws.getParent();
        if (parent == null) {
            return Optional.empty();
        }
        FileRepositoryBuilder b = new FileRepositoryBuilder().setFS(FS.DETECTED).findGitDir(parent.toFile());
        File gitDir = b.getGitDir();
        if (gitDir == null) {
            return Optional.empty();
        }
        Path dir = gitDir.toPath().toAbsolutePath().normalize();
        return Optional.of(dir.getFileName().toString().equals(".git") ? dir.getParent() : dir);
    }

    static boolean isMarked(Path gitDir) {
        try (Repository r = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build()) {
            return r.getConfig().getBoolean(CONFIG_SECTION, MARK_KEY, false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
