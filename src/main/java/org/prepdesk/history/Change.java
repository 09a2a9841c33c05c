package org.prepdesk.history;

/**
 * One file that differs between two states of a workspace: its path inside the workspace and, as
 * read from Git, its bytes before and after (null where it did not exist). Immutable.
 */
record Change(String path, byte[] before, byte[] after) {
    boolean added() {
        return before == null && after != null;
    }

    boolean removed() {
        return before != null && after == null;
    }

    /** "notes/n123.json" → "n123"; the id the file is named after. */
    String id() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** The folder the file is in ("notes", "trash/notes", "sheets"…), or "" at the top. */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
