package org.prepdesk.store;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/**
 * Creates, renames, updates and moves sections and notes, and decides their ranks: a new item goes
 * {@link #RANK_STEP} after the last sibling, a moved one halfway between its new neighbours, and when
 * no gap is left the siblings are renumbered (every file checked for an outside change before the
 * first is written). New ids are generated here, never taken from titles.
 *
 * <p>Not thread-safe: the {@link Workspace} that owns it calls it only with its own monitor held, after
 * checking that the workspace is writable; it returns what it wrote, and the workspace publishes the
 * events after letting go of the monitor.
 */
final class TreeMutations {
    static final long RANK_STEP = 1024;

    private final WorkspaceFiles files;
    private final WorkspaceTree tree;
    private final ItemWriter writer;
    private final Clock clock;

    TreeMutations(WorkspaceFiles files, WorkspaceTree tree, ItemWriter writer, Clock clock) {
        this.files = files;
        this.tree = tree;
        this.writer = writer;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ sections

    Section createSection(String parentId, String title) {
        if (parentId != null) {
            requireSection(parentId);
        }
        Instant now = clock.instant();
        Section s = new Section(newId('s', WorkspaceLayout.SECTIONS), parentId, nextRank(tree.children(parentId).stream()
                .mapToLong(Section::rank).max()), cleanTitle(title), now, now);
        writer.writeSection(s);
        return s;
    }

    Section renameSection(String id, String title) {
        Section s = requireSection(id).withTitle(cleanTitle(title), clock.instant());
        writer.writeSection(s);
        return s;
    }

    /** Returns every section written, the moved one last. */
    List<Section> moveSection(String id, String newParentId, int index) {
        List<Section> written = new ArrayList<>();
        Section s = requireSection(id);
        if (newParentId != null) {
            requireSection(newParentId);
            for (String p = newParentId; p != null; p = tree.section(p) == null ? null : tree.section(p).parentId()) {
                if (p.equals(id)) {
                    throw new StoreException(StoreException.Reason.INVALID, "a section cannot move inside itself");
                }
            }
        }
        List<Section> siblings = new ArrayList<>(tree.children(newParentId));
        siblings.removeIf(x -> x.id().equals(id));
        int at = Math.max(0, Math.min(index, siblings.size()));
        long[] ranks = ranksAround(siblings.stream().mapToLong(Section::rank).toArray(), at);
        Instant now = clock.instant();
        Section moved;
        if (ranks == null) {
            // no gap left: renumber the siblings, then place the section (all files checked first)
            siblings.forEach(x -> files.requireUnchangedOnDisk(files.sectionFile(x.id())));
            files.requireUnchangedOnDisk(files.sectionFile(id));
            for (int i = 0; i < siblings.size(); i++) {
                Section r = siblings.get(i).movedTo(newParentId, (i + (i >= at ? 2 : 1)) * RANK_STEP, now);
                writer.writeSection(r);
                written.add(r);
            }
            moved = s.movedTo(newParentId, (at + 1) * RANK_STEP, now);
        } else {
            moved = s.movedTo(newParentId, ranks[0], now);
        }
        writer.writeSection(moved);
        written.add(moved);
        return written;
    }

    // ------------------------------------------------------------------ notes

    Note createNote(String sectionId, Note draft, boolean keepId) {
        requireSection(sectionId);
        Instant now = clock.instant();
        long rank = nextRank(tree.notesIn(sectionId).stream().mapToLong(Note::rank).max());
        Note n = keepId ? draft.withPlace(sectionId, rank).withUpdated(later(now, draft.updated()))
                : draft.withIdentity(newId('n', WorkspaceLayout.NOTES), now).withPlace(sectionId, rank);
        if (keepId && !idIsFree(draft.id())) {
            throw new StoreException(StoreException.Reason.CONFLICT, "a note with the id " + draft.id()
                    + " is already in the workspace or its trash");
        }
        writer.writeNote(n);
        return n;
    }

    /** Returns the note as saved, or the one held when nothing changed (then nothing is written). */
    Note updateNote(Note changed) {
        Note old = tree.note(changed.id());
        if (old == null) {
            throw StoreErrors.notFound("note", changed.id());
        }
        if (old.sameContentAs(changed)) {
            return old;
        }
        files.requireUnchangedOnDisk(files.noteFile(old.id()));
        Note n = changed.withPlace(old.sectionId(), old.rank()).withIdentity(old.id(), old.created())
                .withUpdated(later(clock.instant(), old.updated()));
        writer.writeNote(n);
        return n;
    }

    /** Returns every note written, the moved one last. */
    List<Note> moveNote(String id, String sectionId, int index) {
        List<Note> written = new ArrayList<>();
        Note n = tree.note(id);
        if (n == null) {
            throw StoreErrors.notFound("note", id);
        }
        requireSection(sectionId);
        List<Note> siblings = new ArrayList<>(tree.notesIn(sectionId));
        siblings.removeIf(x -> x.id().equals(id));
        int at = Math.max(0, Math.min(index, siblings.size()));
        long[] ranks = ranksAround(siblings.stream().mapToLong(Note::rank).toArray(), at);
        Note moved;
        if (ranks == null) {
            // check every file first so a conflict stops the move before anything is written
            siblings.forEach(x -> files.requireUnchangedOnDisk(files.noteFile(x.id())));
            files.requireUnchangedOnDisk(files.noteFile(id));
            for (int i = 0; i < siblings.size(); i++) {
                Note r = siblings.get(i).withPlace(sectionId, (i + (i >= at ? 2 : 1)) * RANK_STEP);
                writer.writeNote(r);
                written.add(r);
            }
            moved = n.withPlace(sectionId, (at + 1) * RANK_STEP);
        } else {
            moved = n.withPlace(sectionId, ranks[0]);
        }
        writer.writeNote(moved);
        written.add(moved);
        return written;
    }

    // ------------------------------------------------------------------ shared rules

    Section requireSection(String id) {
        Section s = id == null ? null : tree.section(id);
        if (s == null) {
            throw StoreErrors.notFound("section", id);
        }
        return s;
    }

    private boolean idIsFree(String id) {
        return !tree.hasNote(id) && !tree.hasSection(id) && !Files.exists(files.inside(WorkspaceLayout.NOTES, id))
                && !Files.exists(files.inside(WorkspaceLayout.TRASH_NOTES, id));
    }

    private String newId(char prefix, String folder) {
        for (; ; ) {
            String id = Ids.generate(prefix);
            if (!tree.hasNote(id) && !tree.hasSection(id)
                    && !Files.exists(files.root().resolve(folder).resolve(id + ".json"))) {
                return id;
            }
        }
    }

    static long nextRank(OptionalLong max) {
        return max.isPresent() ? max.getAsLong() + RANK_STEP : RANK_STEP;
    }

    /** A rank for a new element at {@code at} between sorted ranks, or null when there is no gap. */
    private static long[] ranksAround(long[] ranks, int at) {
        long before = at == 0 ? 0 : ranks[at - 1];
        if (at == ranks.length) {
            return new long[] {before + RANK_STEP};
        }
        long after = ranks[at];
        if (after - before < 2) {
            return null;
        }
        return new long[] {before + (after - before) / 2};
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b.plusMillis(1);
    }

    static String cleanTitle(String title) {
        String t = title == null ? "" : title.replace('\u0000', ' ').replaceAll("[\\r\\n\\t]+", " ").strip();
        if (t.isEmpty()) {
            throw new StoreException(StoreException.Reason.INVALID, "a section needs a title");
        }
        return t;
    }
}
