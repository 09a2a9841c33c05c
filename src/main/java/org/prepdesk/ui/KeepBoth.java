package org.prepdesk.ui;

import java.util.List;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/**
 * When a note changed outside PrepDesk while it had unsaved edits here, neither side is lost: the
 * outside version stays the note, and the user's version is saved as a new note beside it.
 */
final class KeepBoth {
    static final String SUFFIX = " (my unsaved edit)";

    private KeepBoth() {
    }

    /** On the task executor: writes the user's version as a new note; returns it. */
    static Note copyOf(Workspace ws, Note mine) {
        String section = mine.sectionId() != null && ws.section(mine.sectionId()).isPresent() ? mine.sectionId()
                : ws.ensureSectionPath(List.of(TreeCommands.UNSORTED)).id();
        return ws.createNote(section, mine.withTitle(mine.title() + SUFFIX));
    }
}
