package org.prepdesk.cli;

import java.util.Optional;

/**
 * Refuses arguments the JVM could not read as text. Under a locale that is not UTF-8 (LANG unset, C,
 * POSIX: a bare container, a cron job) Java decodes each non-ASCII byte of an argument as U+FFFD, so a
 * title typed in Chinese would be saved as a row of replacement marks; nothing can recover the bytes
 * afterwards, so the command stops before it writes anything. Stateless; thread-safe.
 */
final class ArgumentText {
    private ArgumentText() {
    }

    /** A one-line message when an argument lost its text in decoding, given the JVM's argument encoding. */
    static Optional<String> unreadable(String[] args, String argumentEncoding) {
        if (argumentEncoding == null || argumentEncoding.equalsIgnoreCase("UTF-8")) {
            return Optional.empty(); // a U+FFFD here was typed as one
        }
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0) {
                return Optional.of("an argument has characters this shell's locale cannot pass on (it is "
                        + argumentEncoding + ", not UTF-8), so nothing was done; run with LANG=C.UTF-8 "
                        + "or another UTF-8 locale");
            }
        }
        return Optional.empty();
    }
}
