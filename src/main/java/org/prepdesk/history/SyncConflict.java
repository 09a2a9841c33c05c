package org.prepdesk.history;

/**
 * An item both sides changed during a sync, and what became of it: {@code copyId} is the second item
 * that now holds the other side's version (null when one version was kept whole, as when an edit
 * wins over a deletion); {@code message} says so in a sentence for the user.
 */
public record SyncConflict(String id, String copyId, String title, String message) {
}
