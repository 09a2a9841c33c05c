package org.prepdesk.outline;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the test outlines are: all in test resources. */
final class Samples {
    private Samples() {
    }

    /** A copy of the shared sample outline, byte for byte. */
    static Path sample() {
        return resource("onsite-prep-outline.txt");
    }

    static Path resource(String name) {
        try {
            return Path.of(Samples.class.getResource("/outline/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource outline/" + name, e);
        }
    }
}
