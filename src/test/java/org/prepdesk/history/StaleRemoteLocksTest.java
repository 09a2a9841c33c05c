package org.prepdesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prepdesk.history.Workspaces.history;
import static org.prepdesk.history.Workspaces.situation;
import static org.prepdesk.history.Workspaces.story;
import static org.prepdesk.history.Workspaces.withHistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

class StaleRemoteLocksTest {
    @TempDir
    Path dir;

    @Test
    void aPushKilledWhileLockingItsPackDoesNotRefuseEverySyncAfterIt() throws Exception {
        Path remote = dir.resolve("r.git");
        Path twin = dir.resolve("twin.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        try (Workspace ws = withHistory(dir.resolve("ws"), "laptop"); History h = history(ws)) {
            Note n = story(ws, "Stories", "Pager storm", "first");
            h.sync(remote.toString(), s -> { });
            situation(ws, n, "second");
            h.commitAll(null);

            // the pack this push will write, found by pushing the same change to a copy of the remote
            copy(remote, twin);
            h.sync(twin.toString(), s -> { });
            Set<String> before = packs(remote);
            String pack = packs(twin).stream().filter(p -> !before.contains(p) && p.endsWith(".pack")).findFirst().orElseThrow();
            // a sync killed while it was locking that pack left the lock file of its ".keep" behind
            Path keep = remote.resolve("objects/pack").resolve(pack.replace(".pack", ".keep.lock"));
            Files.writeString(keep, "");

            h.sync(remote.toString(), s -> { });
            assertThat(keep).doesNotExist();
            try (Repository r = Git.open(remote.toFile()).getRepository()) {
                assertThat(r.resolve("refs/heads/main")).isEqualTo(Git.open(h.where().gitDir().toFile()).getRepository()
                        .resolve("HEAD"));
            }
        }
    }

    @Test
    void aRefLockIsLeftWhileAPushMayStillHoldItAndClearedOnceItIsOld() throws IOException {
        Path remote = Files.createDirectories(dir.resolve("r.git/objects/pack"));
        Path lock = Files.createDirectories(dir.resolve("r.git/refs/heads")).resolve("main.lock");
        Files.writeString(lock, "");
        Path livePackKeep = remote.resolve("pack-1.keep");
        Files.writeString(remote.resolve("pack-1.pack"), "");
        Files.writeString(livePackKeep, "");
        Path keepLock = remote.resolve("pack-2.keep.lock");
        Files.writeString(keepLock, "");

        StaleRemoteLocks.clear(dir.resolve("r.git").toString());
        assertThat(lock).as("young: another machine may be pushing").exists();
        assertThat(livePackKeep).as("a pack kept on purpose").exists();
        assertThat(keepLock).as("held only while a few bytes are written").doesNotExist();

        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(StaleRemoteLocks.REF_LOCK_AGE).minusSeconds(5)));
        StaleRemoteLocks.clear("file://" + dir.resolve("r.git"));
        assertThat(lock).doesNotExist();
        assertThat(livePackKeep).exists();
    }

    @Test
    void remotesOverTheNetworkAreNotTouched() {
        assertThat(StaleRemoteLocks.localGitDir("ssh://git@example.org/prep.git")).isNull();
        assertThat(StaleRemoteLocks.localGitDir("https://example.org/prep.git")).isNull();
        assertThat(StaleRemoteLocks.localGitDir("git@example.org:prep.git")).isNull();
        assertThat(StaleRemoteLocks.localGitDir(dir.resolve("nothing here").toString())).isNull();
    }

    private static Set<String> packs(Path bare) throws IOException {
        try (Stream<Path> s = Files.list(bare.resolve("objects/pack"))) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
