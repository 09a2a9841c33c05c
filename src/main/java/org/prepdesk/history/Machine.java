package org.prepdesk.history;

import java.net.InetAddress;
import java.util.Locale;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;

/**
 * The name of this machine as history shows it ("… (from laptop)"), kept in the repository's config
 * ({@code prepdesk.machine}) so that it stays the same and can be changed. Stateless; thread-safe.
 */
final class Machine {
    static final String KEY = "machine";

    private Machine() {
    }

    static String name(StoredConfig config) {
        String n = config.getString(GitPlace.CONFIG_SECTION, null, KEY);
        return n == null || n.isBlank() ? hostName() : n;
    }

    /** The committer is always the machine, so a merge can say where the other version came from. */
    static PersonIdent committer(StoredConfig config) {
        String machine = name(config);
        return new PersonIdent(machine, "prepdesk@" + machine.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-"));
    }

    /** The author is the user's Git identity when they have one, the machine otherwise. */
    static PersonIdent author(StoredConfig config) {
        String user = config.getString("user", null, "name");
        String email = config.getString("user", null, "email");
        PersonIdent machine = committer(config);
        return user == null || user.isBlank() ? machine
                : new PersonIdent(user, email == null || email.isBlank() ? machine.getEmailAddress() : email);
    }

    static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            String h = InetAddress.getLocalHost().getHostName();
            int dot = h.indexOf('.');
            return dot > 0 ? h.substring(0, dot) : h;
        } catch (java.io.IOException | RuntimeException e) {
            return "another machine";
        }
    }
}
