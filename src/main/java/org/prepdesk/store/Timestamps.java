package org.prepdesk.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the timestamps PrepDesk writes ({@link Instant#toString()}: {@code 2026-01-02T03:04:05Z}, with
 * an optional fraction) by hand. Opening a workspace reads two per file, and {@link Instant#parse}
 * costs about a quarter of a cold open's reading time; anything that is not exactly that shape
 * (another offset, a leap second, lower case, a bad date) goes to {@link Instant#parse}, so the result
 * and the errors are the same. Stateless, thread-safe.
 */
final class Timestamps {
    private Timestamps() {
    }

    /** The instant, or {@link Instant#parse}'s answer (or exception) when the text is not in the common shape. */
    static Instant parse(String s) {
        Instant fast = parseCommon(s);
        return fast != null ? fast : Instant.parse(s);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} read by hand; null when the text is any other shape or not a real date. */
    static Instant parseCommon(String s) {
        int len = s.length();
        if (len < 20 || len > 30 || s.charAt(len - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (len > 20) {
            int fractionDigits = len - 21;
            if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            int f = digits(s, 20, len - 1);
            if (f < 0) {
                return null;
            }
            nanos = f;
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;   // 30 February: let Instant.parse say so
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second, nanos);
    }

    /** The number written in {@code s[from, to)}, or -1 if any character there is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
