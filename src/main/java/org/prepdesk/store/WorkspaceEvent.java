package org.prepdesk.store;

import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/** What changed in a workspace, published after the change is on disk. */
public sealed interface WorkspaceEvent {
    record NoteSaved(Note note) implements WorkspaceEvent {
    }

    record NoteRemoved(String noteId) implements WorkspaceEvent {
    }

    record SectionSaved(Section section) implements WorkspaceEvent {
    }

    record SectionRemoved(String sectionId) implements WorkspaceEvent {
    }

    /** Several files changed at once (a rescan after an outside change): re-read everything. */
    record Reloaded() implements WorkspaceEvent {
    }
}
