package org.prepdesk.history;

import java.util.List;

/** What a sync did: commits brought in and sent out, and the conflicts it resolved. */
public record SyncResult(int pulled, int pushed, List<SyncConflict> conflicts) {
    public SyncResult {
        conflicts = List.copyOf(conflicts);
    }
}
