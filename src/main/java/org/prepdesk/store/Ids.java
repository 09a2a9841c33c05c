package org.prepdesk.store;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Generated identifiers. File names come only from ids, and an id can only contain
 * {@code [a-z0-9-]}, so no title or section name can ever reach a path.
 */
public final class Ids {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
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
