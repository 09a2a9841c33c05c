package org.prepdesk.ui;

import java.awt.Component;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JOptionPane;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * What the user does to the tree: create, rename, move, reorder, cut/paste and trash. Each change
 * is written on the task executor; the tree follows through workspace events. EDT only.
 */
public final class TreeCommands {
    static final String UNSORTED = "Unsorted";

    private final Workspace ws;
    private final TaskExecutor exec;
    private final SectionTreePanel tree;
    private final Feedback fb;
    private final Consumer<Note> openNew;
    private final Component owner;
    private String cutNoteId; // guarded by the EDT

    public TreeCommands(Workspace ws, TaskExecutor exec, SectionTreePanel tree, Feedback fb, Consumer<Note> openNew,
                        Component owner) {
        this.ws = ws;
        this.exec = exec;
        this.tree = tree;
        this.fb = fb;
        this.openNew = openNew;
        this.owner = owner;
    }

    public void newSection() {
        String title = ask("New section", "Title of the new section:", "");
        if (title == null) {
            return;
        }
        String parent = tree.selectedItem().filter(i -> i instanceof TreeItem.SectionItem).map(TreeItem::id)
                .orElse(null);
        UiTasks.run(exec, () -> ws.createSection(parent, title), s -> {
            tree.rebuild();
            tree.select(s.id());
            fb.info("Created the section \"" + s.title() + "\"");
        }, fb);
    }

    /** Adds a note of {@code kind} to the selected section (or an "Unsorted" one) and opens it. */
    public void newNote(Kind kind) {
        Optional<String> section = tree.selectedSectionId();
        Note draft = Note.draft(kind, "New " + kind.label().toLowerCase(java.util.Locale.ROOT));
        UiTasks.run(exec, () -> {
            String sid = section.isPresent() ? section.get() : ws.ensureSectionPath(List.of(UNSORTED)).id();
            return ws.createNote(sid, draft);
        }, n -> {
            tree.rebuild();
            tree.expand(n.sectionId());
            tree.select(n.id());
            openNew.accept(n);
        }, fb);
    }

    /** Renames a section here; a note is renamed in its editor's title field (the caller focuses it). */
    public boolean renameSection() {
        Optional<TreeItem> item = tree.selectedItem();
        if (item.isEmpty() || !(item.get() instanceof TreeItem.SectionItem s)) {
            return false;
        }
        String title = ask("Rename section", "New title:", s.section().title());
        if (title != null && !title.isBlank()) {
            UiTasks.run(exec, () -> ws.renameSection(s.id(), title), r -> fb.info("Renamed to \"" + r.title() + "\""), fb);
        }
        return true;
    }

    public void delete() {
        Optional<TreeItem> item = tree.selectedItem();
        if (item.isEmpty()) {
            return;
        }
        TreeItem i = item.get();
        String what = i instanceof TreeItem.NoteItem n ? "\"" + n.toString() + "\"" : "the section \"" + i + "\"";
        UiTasks.run(exec, () -> {
            if (i instanceof TreeItem.NoteItem) {
                ws.trashNote(i.id());
            } else {
                ws.trashSection(i.id());
            }
            return i.id();
        }, id -> fb.undoable("Moved " + what + " to the trash", () -> restore(id)), fb);
    }

    public void restore(String trashId) {
        UiTasks.run(exec, () -> {
            ws.restore(trashId);
            return trashId;
        }, id -> {
            tree.rebuild();
            tree.select(id);
            fb.info("Restored from the trash");
        }, fb);
    }

    public void cut() {
        tree.selectedNote().ifPresent(n -> {
            cutNoteId = n.id();
            fb.info("Cut \"" + n.title() + "\": select a section or note and paste (Ctrl+V)");
        });
    }

    /** Moves the cut note into the selected section (after the selected note, or at the end). */
    public void paste() {
        if (cutNoteId == null) {
            return;
        }
        Optional<TreeItem> target = tree.selectedItem();
        if (target.isEmpty()) {
            return;
        }
        String id = cutNoteId;
        cutNoteId = null;
        if (target.get() instanceof TreeItem.NoteItem n) {
            List<String> sib = tree.siblingNotes(n.note().sectionId());
            sib.remove(id);
            move(id, n.note().sectionId(), sib.indexOf(n.id()) + 1);
        } else {
            move(id, target.get().id(), Integer.MAX_VALUE);
        }
    }

    /** Asks for a section by path and moves the selected note to its end. */
    public void moveTo() {
        Optional<Note> note = tree.selectedNote();
        if (note.isEmpty()) {
            return;
        }
        List<Section> all = ws.sectionsInTreeOrder();
        String[] paths = all.stream().map(s -> ws.sectionPath(s.id())).toArray(String[]::new);
        Object chosen = JOptionPane.showInputDialog(owner, "Move \"" + note.get().title() + "\" to:", "Move to",
                JOptionPane.PLAIN_MESSAGE, null, paths, ws.sectionPath(note.get().sectionId()));
        if (chosen == null) {
            return;
        }
        for (int i = 0; i < paths.length; i++) {
            if (paths[i].equals(chosen)) {
                move(note.get().id(), all.get(i).id(), Integer.MAX_VALUE);
                return;
            }
        }
    }

    /** Moves the selected note (or section) one place up (-1) or down (+1) among its siblings. */
    public void reorder(int delta) {
        Optional<TreeItem> item = tree.selectedItem();
        if (item.isEmpty()) {
            return;
        }
        if (item.get() instanceof TreeItem.NoteItem n) {
            List<String> sib = tree.siblingNotes(n.note().sectionId());
            int at = sib.indexOf(n.id()) + delta;
            if (at >= 0 && at < sib.size()) {
                move(n.id(), n.note().sectionId(), at);
            }
        } else if (item.get() instanceof TreeItem.SectionItem s) {
            List<Section> sib = ws.children(s.section().parentId());
            int at = sib.stream().map(Section::id).toList().indexOf(s.id()) + delta;
            if (at >= 0 && at < sib.size()) {
                UiTasks.run(exec, () -> ws.moveSection(s.id(), s.section().parentId(), at), m -> {
                    tree.rebuild();
                    tree.select(m.id());
                }, fb);
            }
        }
    }

    /** Moves a note; used by paste, "Move to…", reordering and drag and drop. */
    public void move(String noteId, String sectionId, int index) {
        UiTasks.run(exec, () -> ws.moveNote(noteId, sectionId, index), m -> {
            tree.rebuild();
            tree.expand(m.sectionId());
            tree.select(m.id());
            fb.info("Moved \"" + m.title() + "\" to " + ws.sectionPath(m.sectionId()));
        }, fb);
    }

    public void moveSection(String sectionId, String parentId, int index) {
        UiTasks.run(exec, () -> ws.moveSection(sectionId, parentId, index), m -> {
            tree.rebuild();
            tree.select(m.id());
        }, fb);
    }

    boolean isNote(String id) {
        return ws.note(id).isPresent();
    }

    private String ask(String title, String prompt, String initial) {
        Object v = JOptionPane.showInputDialog(owner, prompt, title, JOptionPane.PLAIN_MESSAGE, null, null, initial);
        return v == null ? null : v.toString().trim();
    }
}
