package org.prepdesk.store;

/**
 * A file that could not be used, named relative to the workspace (never an absolute path).
 * {@code quarantinedTo} is where it was moved, or null when it was left in place.
 */
public record Problem(String file, String reason, String quarantinedTo) {
    public String describe() {
        return file + ": " + reason + (quarantinedTo == null ? "" : " (moved to " + quarantinedTo + ")");
    }
}
