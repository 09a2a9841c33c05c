package org.prepdesk.ui;

import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/** What a node of the section tree stands for. Immutable. */
public sealed interface TreeItem {
    String id();

    /** A section with the number of notes in it and below it. */
    record SectionItem(Section section, int count) implements TreeItem {
        @Override
        public String id() {
            return section.id();
        }

        @Override
        public String toString() {
            return section.title();
        }
    }

    record NoteItem(Note note) implements TreeItem {
        @Override
        public String id() {
            return note.id();
        }

        @Override
        public String toString() {
            return note.title().isBlank() ? "(untitled)" : note.title();
        }
    }
}
