package org.prepdesk.ui.workspaces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged app's sample workspace lives inside the installed app, which the user cannot write
 * to: it is copied to a folder of the user's (without its derived {@code .prepdesk/}) the first time
 * it is explored, and that copy is opened from then on. Disk work: call it off the EDT. Stateless.
 */
public final class SampleCopy {
    private SampleCopy() {
    }

    /** The copy of {@code sample} in {@code dest}, made now unless {@code dest} already is a workspace. */
    public static Path ensure(Path sample, Path dest) {
        if (Files.isRegularFile(dest.resolve("prepdesk.json"))) {
            return dest;
        }
        try {
            Files.createDirectories(dest);
            List<Path> all;
            try (Stream<Path> s = Files.walk(sample)) {
                all = s.filter(p -> !sample.relativize(p).startsWith(".prepdesk")).toList();
            }
            for (Path p : all) {
                Path to = dest.resolve(sample.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals("prepdesk.json")) {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // the marker last: a copy cut off half-way is not taken for a workspace and is made again
            Files.copy(sample.resolve("prepdesk.json"), dest.resolve("prepdesk.json"), StandardCopyOption.REPLACE_EXISTING);
            return dest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the sample workspace to " + dest + ": " + e.getMessage(), e);
        }
    }
}
