package org.prepdesk.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.WorkspaceLayout;

/**
 * Makes a workspace's history repository: a new one, an adopted one, a separate one, or a clone.
 * Stateless; thread-safe.
 */
final class HistorySetup {
    static final String BRANCH = "main";
    /** Never committed: runtime files and a crash's temporary files. */
    private static final String EXCLUDES = "/" + WorkspaceLayout.RUNTIME + "/\n*.pdtmp\n";

    private HistorySetup() {
    }

    /** Creates (or adopts) the repository and returns where it is; the caller makes the first commit. */
    static GitPlace enable(Path workspace, Path separateGitDir) {
        Path ws = workspace.toAbsolutePath().normalize();
        GitPlace place = GitPlace.of(ws);
        if (place.isOn()) {
            return place;
        }
        try {
            if (separateGitDir != null) {
                Path dir = separateGitDir.toAbsolutePath().normalize();
                if (dir.startsWith(ws)) {
                    throw invalid("the separate git dir must be outside the workspace");
                }
                if (Files.exists(dir) && !isEmptyDir(dir)) {
                    throw invalid("the separate git dir must be a new or empty folder: " + separateGitDir);
                }
                try (Repository r = new FileRepositoryBuilder().setGitDir(dir.toFile()).setWorkTree(ws.toFile())
                        .setInitialBranch(BRANCH).build()) {
                    r.create(false);
                    StoredConfig c = r.getConfig();
                    c.setString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_WORKTREE,
                            ws.toString());
                    configure(r);
                }
                // a .git file in the workspace would make the enclosing repository see a nested one
                Files.deleteIfExists(ws.resolve(".git"));
                Path pointer = ws.resolve(GitPlace.SEPARATE_POINTER);
                Files.createDirectories(pointer.getParent());
                Files.writeString(pointer, dir + "\n", StandardCharsets.UTF_8);
                return new GitPlace(ws, dir, null);
            }
            Path own = ws.resolve(".git");
            if (!Files.isDirectory(own)) {
                if (GitPlace.enclosingWorkTree(ws).isPresent()) {
                    throw invalid(place.whyOff());
                }
                Git.init().setDirectory(ws.toFile()).setInitialBranch(BRANCH).call().close();
            }
            try (Repository r = new FileRepositoryBuilder().setGitDir(own.toFile()).setMustExist(true).build()) {
                configure(r);
            }
            return new GitPlace(ws, own, null);
        } catch (IOException | GitAPIException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, "cannot turn history on: " + History.describe(e), e);
        }
    }

    /** Clones {@code url} into {@code dir} (new or empty) and checks that it holds a workspace. */
    static void cloneInto(String url, Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        boolean existed = Files.exists(target);
        if (existed && !isEmptyDir(target)) {
            throw invalid("the folder is not empty (init --clone wants a new or empty folder): " + dir);
        }
        try (Git git = Git.cloneRepository().setURI(url).setDirectory(target.toFile()).setBranch(BRANCH).call()) {
            if (!Files.isRegularFile(target.resolve(WorkspaceLayout.INFO_FILE))) {
                throw invalid("the remote holds no PrepDesk workspace (no prepdesk.json on its main branch)");
            }
            configure(git.getRepository());
        } catch (GitAPIException | IOException | RuntimeException e) {
            removeQuietly(target, existed);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw invalid("cannot clone " + url + ": " + History.describe(e));
        }
    }

    /** Marks the repository as a workspace's history, names this machine, and ignores runtime files. */
    private static void configure(Repository r) throws IOException {
        StoredConfig c = r.getConfig();
        c.setBoolean(GitPlace.CONFIG_SECTION, null, GitPlace.MARK_KEY, true);
        if (c.getString(GitPlace.CONFIG_SECTION, null, Machine.KEY) == null) {
            c.setString(GitPlace.CONFIG_SECTION, null, Machine.KEY, Machine.hostName());
        }
        // file modes and line ends are not part of a note
        c.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_FILEMODE, false);
        c.setString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF, "false");
        c.save();
        Path exclude = r.getDirectory().toPath().resolve("info").resolve("exclude");
        Files.createDirectories(exclude.getParent());
        String old = Files.exists(exclude) ? Files.readString(exclude, StandardCharsets.UTF_8) : "";
        if (!old.contains(EXCLUDES)) {
            Files.writeString(exclude, old + (old.isEmpty() || old.endsWith("\n") ? "" : "\n") + EXCLUDES,
                    StandardCharsets.UTF_8);
        }
    }

    static boolean isEmptyDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            return !ds.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static void removeQuietly(Path dir, boolean keepFolder) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).filter(p -> !keepFolder || !p.equals(dir)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException ignored) {
                    // what cannot be removed is left; the message says the clone failed
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    private static StoreException invalid(String message) {
        return new StoreException(StoreException.Reason.INVALID, message);
    }
}
