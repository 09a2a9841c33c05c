package org.prepdesk.history;

import java.util.LinkedHashSet;
import java.util.Set;
import org.prepdesk.store.WorkspaceEvent;
import org.prepdesk.store.WorkspaceLayout;
import org.prepdesk.store.WorkspaceListener;

/**
 * The workspace files that the events heard so far may have changed, so that a commit stages those
 * files instead of examining all 10,000 (see docs/benchmarks.md); an event it cannot place (a rescan
 * after outside changes) asks for everything. Thread-safe: guarded by {@code this}.
 */
public final class ChangedPaths implements WorkspaceListener {
    /** Per-note companion folders (rehearsal state…): their trashed files move with the note. */
    private static final java.util.List<String> COMPANION_FOLDERS = org.prepdesk.store.NoteCompanion.installed()
            .stream().map(org.prepdesk.store.NoteCompanion::folder).toList();

    private Set<String> paths = new LinkedHashSet<>();   // guarded by this; null = everything

    @Override
    public synchronized void changed(WorkspaceEvent event) {
        if (paths == null) {
            return;
        }
        if (event instanceof WorkspaceEvent.NoteSaved e) {
            note(e.note().id());
        } else if (event instanceof WorkspaceEvent.NoteRemoved e) {
            note(e.noteId());
        } else if (event instanceof WorkspaceEvent.SectionSaved e) {
            section(e.section().id());
        } else if (event instanceof WorkspaceEvent.SectionRemoved e) {
            section(e.sectionId());
        } else {
            paths = null;
        }
    }

    private void note(String id) {
        paths.add(WorkspaceLayout.NOTES + "/" + id + ".json");
        paths.add(WorkspaceLayout.TRASH_NOTES + "/" + id + ".json");
        for (String folder : COMPANION_FOLDERS) {
            paths.add("trash/" + folder + "/" + id + ".json");
        }
    }

    private void section(String id) {
        paths.add(WorkspaceLayout.SECTIONS + "/" + id + ".json");
        paths.add(WorkspaceLayout.TRASH_SECTIONS + "/" + id + ".json");
    }

    /** Takes the paths collected so far (null: everything) and starts afresh. */
    public synchronized Set<String> take() {
        Set<String> out = paths;
        paths = new LinkedHashSet<>();
        return out;
    }

    /** Puts back paths whose commit failed, for the next try. */
    public synchronized void putBack(Set<String> failed) {
        if (paths == null) {
            return;
        }
        if (failed == null) {
            paths = null;
        } else {
            paths.addAll(failed);
        }
    }

    public synchronized boolean isEmpty() {
        return paths != null && paths.isEmpty();
    }
}
