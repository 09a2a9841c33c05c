package org.prepdesk.history;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.eclipse.jgit.transport.URIish;

/**
 * Clears what a sync killed halfway leaves in a remote on local disk (a USB stick, a NAS share) that
 * would make every later push of the same change fail with "Cannot lock pack": the lock file of a
 * pack's {@code .keep} ({@code pack-….keep.lock}), which a live push holds only while it writes a few
 * bytes, so it goes at once; and ref locks, which go only once older than any push holds one, as
 * another machine may be pushing right now. Remotes reached over a network clean up after
 * themselves. Stateless; thread-safe.
 */
final class StaleRemoteLocks {
    static final Duration REF_LOCK_AGE = Duration.ofMinutes(1);

    private StaleRemoteLocks() {
    }

    /** Removes what is stale in the repository at {@code url} when it is a folder on this computer. */
    static void clear(String url) {
        Path gitDir = localGitDir(url);
        if (gitDir == null) {
            return;
        }
        Path packs = gitDir.resolve("objects").resolve("pack");
        try (Stream<Path> s = Files.list(packs)) {
            s.filter(p -> p.getFileName().toString().endsWith(".keep.lock")).forEach(StaleRemoteLocks::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            // no pack folder, or one we cannot list: then the push itself says what is wrong
        }
        Instant old = Instant.now().minus(REF_LOCK_AGE);
        try (Stream<Path> s = Stream.concat(Files.walk(gitDir.resolve("refs")), Stream.of(gitDir.resolve("packed-refs.lock")))) {
            s.filter(p -> p.getFileName().toString().endsWith(".lock") && olderThan(p, old)).forEach(StaleRemoteLocks::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            // as above
        }
    }

    /** The Git folder of a remote given as a path or file:// URL; null for anything reached over a network. */
    static Path localGitDir(String url) {
        try {
            URIish u = new URIish(url);
            boolean network = (u.getScheme() != null && !u.getScheme().equals("file"))
                    || (u.getHost() != null && !u.getHost().isEmpty());
            if (network) {
                return null;
            }
            Path dir = Path.of(u.getPath()).toAbsolutePath();
            if (Files.isDirectory(dir.resolve("objects"))) {
                return dir;
            }
            Path dotGit = dir.resolve(".git");
            return Files.isDirectory(dotGit.resolve("objects")) ? dotGit : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static boolean olderThan(Path p, Instant when) {
        try {
            return Files.isRegularFile(p) && Files.getLastModifiedTime(p).toInstant().isBefore(when);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left in place: the push reports it, and the next sync tries again
        }
    }
}
