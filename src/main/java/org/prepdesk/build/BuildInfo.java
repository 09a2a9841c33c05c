package org.prepdesk.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version and build of this copy of PrepDesk (for {@code --version} and Help › About), read
 * once from a resource that Maven fills in when the jar is built: the project version, the Git
 * commit the build-scripts pass in, and the build date. Immutable; safe from any thread.
 */
public record BuildInfo(String version, String commit, String date) {
    private static final BuildInfo CURRENT = load();

    public static BuildInfo current() {
        return CURRENT;
    }

    /** "PrepDesk 0.1.0 (build 1a2b3c4, 2026-12-03)". */
    public String describe() {
        return "PrepDesk " + version + " (build " + commit + ", " + date + ")";
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource leaves the defaults below: the version line still prints
        }
        return new BuildInfo(value(p, "version"), value(p, "commit"), value(p, "date"));
    }

    /** A value, or "unknown" when the resource was not filtered (run from an IDE's own build). */
    private static String value(Properties p, String key) {
        String v = p.getProperty(key, "");
        return v.isBlank() || v.startsWith("${") ? "unknown" : v;
    }
}
