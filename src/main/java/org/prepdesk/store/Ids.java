package org.prepdesk.store;

import java.security.SecureRandom;

/**
 * Generated identifiers. File names come only from ids, and an id can only contain
 * {@code [a-z0-9-]}, so no title or section name can ever reach a path.
 */
public final class Ids {
    private static final int MAX_LENGTH = 64; // ids are [A-Za-z0-9_-]{1,64}
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        // a loop, not a regular expression: opening a workspace checks two ids per file
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A random id: a one-letter prefix ("n" note, "s" section, "h" sheet) and 12 base-32 characters. */
    public static String generate(char prefix) {
        char[] out = new char[13];
        out[0] = prefix;
        for (int i = 1; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
