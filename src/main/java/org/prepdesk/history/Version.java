package org.prepdesk.history;

import java.time.Instant;

/** One version of a note: the commit that saved it (abbreviated id), when, and its message. */
public record Version(String version, Instant time, String message) {
}
