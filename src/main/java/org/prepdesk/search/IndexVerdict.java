package org.prepdesk.search;

import java.util.Map;
import org.prepdesk.store.Workspace;

/**
 * Decides what an index found on disk needs before it can answer queries, from its last commit's user
 * data and the workspace: a <b>rebuild</b> (no index, another {@link NoteField#INDEX_VERSION}, or a
 * cancelled rebuild's "incomplete" mark), nothing (its digest equals the workspace's: use it at once), or
 * a <b>catch-up</b> of the notes that differ. An index that cannot be read at all is rebuilt by the opener
 * without asking. Stateless; thread-safe.
 */
final class IndexVerdict {
    enum Need { REBUILD, NOTHING, CATCH_UP }

    private IndexVerdict() {
    }

    /** Whether a commit's user data was written by this version of the index (empty data: no index). */
    static boolean isCurrentVersion(Map<String, String> commitData) {
        return String.valueOf(NoteField.INDEX_VERSION).equals(commitData.get(NoteField.VERSION_KEY));
    }

    /** Whether a committed digest says the index holds exactly the workspace's notes as they are now. */
    static boolean digestMatches(String committedDigest, Workspace ws) {
        return committedDigest != null && committedDigest.equals(Fingerprints.workspaceDigest(ws));
    }

    /** What a writable index whose last commit carries {@code commitData} needs on open. */
    static Need onOpen(Map<String, String> commitData, Workspace ws) {
        if (!isCurrentVersion(commitData)) {
            return Need.REBUILD;
        }
        return digestMatches(commitData.get(NoteField.DIGEST_KEY), ws) ? Need.NOTHING : Need.CATCH_UP;
    }
}
