package org.prepdesk.history;

import java.time.Instant;

/** A note gone from the workspace and its trash, with the last version that held it. */
public record DeletedNote(String id, String title, String lastVersion, Instant deletedAt) {
}
