package org.prepdesk.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The content of {@code prepdesk.json}; {@code raw} keeps keys a newer version may have added. */
public record WorkspaceInfo(int format, String name, ObjectNode raw) {
    /** The workspace format this program reads and writes. */
    public static final int FORMAT = 1;
}
