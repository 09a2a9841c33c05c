package org.prepdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/**
 * The one way to read or change a workspace folder (DESIGN §3). Every change is written atomically
 * before it is visible in memory, and listeners hear of it afterwards. A facade: reading the folder is
 * {@link WorkspaceReader}'s, the in-memory tree {@link WorkspaceTree}'s, changes {@link TreeMutations}'
 * (written by {@link ItemWriter}), the trash {@link WorkspaceTrash}'s, outside changes
 * {@link OutsideChanges}', per-note companion files ({@link NoteCompanion}) {@link CompanionFiles}'.
 *
 * <p>Thread-safe: all state, in those parts too, is guarded by {@code this}; listeners are called
 * outside the lock, on the thread that made the change. Reads return immutable values.
 */
public final class Workspace implements AutoCloseable {
    /** Who opens the workspace: writers take the lock, readers never do. */
    public enum Access { READ, WRITE }

    private final Path root;
    private final Access access;
    private final boolean useNoteCache;
    private final WorkspaceLock lock;
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();

    // the parts; their state is guarded by this
    private final WorkspaceFiles files;
    private final WorkspaceTree tree = new WorkspaceTree();
    private final NoteCacheUpkeep cache;
    private final CompanionFiles companions;
    private final WorkspaceReader reader;
    private final TreeMutations mutations;
    private final WorkspaceTrash trash;
    private final OutsideChanges outside;

    private WorkspaceInfo info;                                       // guarded by this
    private boolean readOnly;                                         // guarded by this
    private boolean closed;                                           // guarded by this

    private Workspace(Path root, Access access, FileOps ops, Clock clock, WorkspaceLock lock, boolean useNoteCache,
                      List<NoteCompanion> kinds) {
        this.root = root;
        this.access = access;
        this.useNoteCache = useNoteCache;
        this.lock = lock;
        this.files = new WorkspaceFiles(root, ops);
        this.cache = new NoteCacheUpkeep(files, tree);
        this.companions = new CompanionFiles(files, tree, kinds);
        this.reader = new WorkspaceReader(files, tree, cache, companions, clock);
        this.mutations = new TreeMutations(files, tree, new ItemWriter(files, tree, cache), clock);
        this.trash = new WorkspaceTrash(files, tree, mutations, companions, clock);
        this.outside = new OutsideChanges(files, tree, cache, companions);
    }

    // ------------------------------------------------------------------ opening

    /** Makes {@code dir} an empty workspace (it must not exist or be empty) and opens it for writing. */
    public static Workspace create(Path dir, String name) {
        return create(dir, name, false);
    }

    /**
     * As {@link #create(Path, String)}; with {@code besideOtherFiles} the folder may already hold
     * files of the user's (the window's "make this folder a workspace"), but none of the workspace's
     * own folders.
     */
    public static Workspace create(Path dir, String name, boolean besideOtherFiles) {
        return open(WorkspaceLayout.createEmpty(dir, name, besideOtherFiles), Access.WRITE);
    }

    public static Workspace open(Path dir, Access access) {
        return open(dir, access, FileOps.DISK, Clock.systemUTC(), "command");
    }

    /** Opens with a chosen file seam, clock and lock holder name ("window" or "command"). */
    public static Workspace open(Path dir, Access access, FileOps ops, Clock clock, String holder) {
        return open(dir, access, ops, clock, holder, true, NoteCompanion.installed());
    }

    /** As above, knowing exactly these companion kinds rather than {@link NoteCompanion#installed()} (tests, tools). */
    public static Workspace open(Path dir, Access access, FileOps ops, Clock clock, String holder,
                                 List<NoteCompanion> companions) {
        return open(dir, access, ops, clock, holder, true, companions);
    }

    /**
     * Opens for reading and parses every note file, whatever the note cache holds: for {@code check},
     * whose job is to read every file (the cache would stand in for a file damaged in place whose stamp
     * did not move).
     */
    public static Workspace openReadingEveryFile(Path dir) {
        return open(dir, Access.READ, FileOps.DISK, Clock.systemUTC(), "command", false, NoteCompanion.installed());
    }

    private static Workspace open(Path dir, Access access, FileOps ops, Clock clock, String holder, boolean useNoteCache,
                                  List<NoteCompanion> companions) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(WorkspaceLayout.INFO_FILE))) {
            throw new StoreException(StoreException.Reason.NOT_A_WORKSPACE, Files.isDirectory(root)
                    ? "not a PrepDesk workspace (no prepdesk.json): " + dir
                    : "no such workspace folder: " + dir);
        }
        List<NoteCompanion> kinds = CompanionFiles.checked(companions);
        WorkspaceLock lock = access == Access.WRITE ? WorkspaceLock.acquire(root, holder) : null;
        Workspace ws = new Workspace(root, access, ops, clock, lock, useNoteCache, kinds);
        try {
            ws.load(ws.useNoteCache ? NoteCache.read(root.resolve(WorkspaceLayout.NOTE_CACHE)) : Map.of());
            ImportJournal.recover(ws);   // an import cut off by a kill: take back what it wrote
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
        return ws;
    }

    /** Reads the workspace; a note file whose stamp is the one {@code known} has for it is not read again. */
    private synchronized void load(Map<String, NoteCache.Cached> known) {
        info = reader.readInfo();
        readOnly = access == Access.READ || info.format() > WorkspaceInfo.FORMAT;
        boolean writer = access == Access.WRITE && !readOnly;
        if (writer) {
            reader.prepareFolders();
        }
        reader.load(known, writer);
    }

    // ------------------------------------------------------------------ reading

    public Path root() {
        return root;
    }

    public synchronized String name() {
        return info.name().isBlank() ? String.valueOf(root.getFileName()) : info.name();
    }

    public synchronized int format() {
        return info.format();
    }

    public synchronized boolean isReadOnly() {
        return readOnly;
    }

    /** Why writing is refused, or empty when it is allowed. */
    public synchronized Optional<String> readOnlyReason() {
        if (!readOnly) {
            return Optional.empty();
        }
        if (info.format() > WorkspaceInfo.FORMAT) {
            return Optional.of("the workspace was written by a newer PrepDesk (format " + info.format()
                    + "; this one knows " + WorkspaceInfo.FORMAT + "), so it is opened read-only");
        }
        return Optional.of("the workspace was opened for reading only");
    }

    synchronized void addProblem(Problem p) {
        reader.addProblem(p);
    }

    AtomicFiles atomicFiles() {
        return files.atomic();
    }

    public synchronized List<Problem> problems() {
        return reader.problems();
    }

    public synchronized Optional<Note> note(String id) {
        return Optional.ofNullable(tree.note(id));
    }

    public synchronized Optional<Section> section(String id) {
        return Optional.ofNullable(tree.section(id));
    }

    public synchronized int noteCount() {
        return tree.noteCount();
    }

    public synchronized List<Note> notes() {
        return List.copyOf(tree.notes());
    }

    public synchronized List<Section> sections() {
        return List.copyOf(tree.sections());
    }

    /** Top sections (parentId null, or whose parent is missing or loops) in order. */
    public synchronized List<Section> topSections() {
        return tree.children(null);
    }

    /** Child sections of {@code parentId} (null: the top) in rank order. */
    public synchronized List<Section> children(String parentId) {
        return tree.children(parentId);
    }

    /** Notes of a section in rank order. */
    public synchronized List<Note> notesIn(String sectionId) {
        return tree.notesIn(sectionId);
    }

    /** All notes in tree order (depth first, a section's notes before its subsections). */
    public synchronized List<Note> notesInTreeOrder() {
        return tree.notesInTreeOrder();
    }

    /** All sections depth first. */
    public synchronized List<Section> sectionsInTreeOrder() {
        return tree.sectionsInTreeOrder();
    }

    /** The titles from the top down to this section. */
    public synchronized List<String> sectionTitles(String sectionId) {
        return tree.sectionTitles(sectionId);
    }

    /** "A / B / C": the path of section titles, as the CLI and search show it. */
    public synchronized String sectionPath(String sectionId) {
        return tree.sectionPath(sectionId);
    }

    /** Every tag used, sorted, for completion. */
    public synchronized List<String> allTags() {
        return tree.allTags();
    }

    public void addListener(WorkspaceListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    public void removeListener(WorkspaceListener l) {
        listeners.remove(l);
    }

    // ------------------------------------------------------------------ sections

    /** Creates a section at the end of {@code parentId}'s children (null: at the top). */
    public Section createSection(String parentId, String title) {
        Section s;
        synchronized (this) {
            requireWritable();
            s = mutations.createSection(parentId, title);
        }
        fire(new WorkspaceEvent.SectionSaved(s));
        return s;
    }

    /** Finds or creates the section at a path of titles ("A", "B" → A › B); returns the last. */
    public Section ensureSectionPath(List<String> titles) {
        if (titles.isEmpty()) {
            throw new StoreException(StoreException.Reason.INVALID, "a section path needs at least one title");
        }
        String parent = null;
        Section current = null;
        for (String raw : titles) {
            String title = TreeMutations.cleanTitle(raw);
            Section found;
            synchronized (this) {
                found = tree.children(parent).stream().filter(s -> s.title().equals(title)).findFirst().orElse(null);
            }
            current = found != null ? found : createSection(parent, title);
            parent = current.id();
        }
        return current;
    }

    public Section renameSection(String id, String title) {
        Section s;
        synchronized (this) {
            requireWritable();
            s = mutations.renameSection(id, title);
        }
        fire(new WorkspaceEvent.SectionSaved(s));
        return s;
    }

    /** Moves a section under {@code newParentId} (null: the top) at position {@code index} among its siblings. */
    public Section moveSection(String id, String newParentId, int index) {
        List<Section> written;
        synchronized (this) {
            requireWritable();
            written = mutations.moveSection(id, newParentId, index);
        }
        written.forEach(x -> fire(new WorkspaceEvent.SectionSaved(x)));
        return written.get(written.size() - 1);
    }

    // ------------------------------------------------------------------ notes

    /** Adds a note with the draft's content at the end of a section. */
    public Note createNote(String sectionId, Note draft) {
        return createNote(sectionId, draft, false);
    }

    /** With {@code keepId}: a note brought back (from history) under its own id, so links to it and its
     *  rehearsal record hold again; CONFLICT when that id is in use, here or in the trash. */
    public Note createNote(String sectionId, Note draft, boolean keepId) {
        Note n;
        synchronized (this) {
            requireWritable();
            n = mutations.createNote(sectionId, draft, keepId);
        }
        fire(new WorkspaceEvent.NoteSaved(n));
        return n;
    }

    /**
     * Saves new content for an existing note (its place is kept: use {@link #moveNote} to move).
     * Refuses with {@link StoreException.Reason#CONFLICT} when the file changed on disk since it
     * was read, so neither version is silently lost.
     */
    public Note updateNote(Note changed) {
        Note n;
        synchronized (this) {
            requireWritable();
            Note old = tree.note(changed.id());
            n = mutations.updateNote(changed);
            if (n == old) {
                return old;   // same content: nothing written, nothing to tell
            }
        }
        fire(new WorkspaceEvent.NoteSaved(n));
        return n;
    }

    /** Moves a note into a section at position {@code index} among that section's notes. */
    public Note moveNote(String id, String sectionId, int index) {
        List<Note> written;
        synchronized (this) {
            requireWritable();
            written = mutations.moveNote(id, sectionId, index);
        }
        written.forEach(x -> fire(new WorkspaceEvent.NoteSaved(x)));
        return written.get(written.size() - 1);
    }

    // ------------------------------------------------------------------ trash

    /** Moves a note to the trash; {@link #restore} puts it back where it was. */
    public void trashNote(String id) {
        synchronized (this) {
            requireWritable();
            trash.trashNote(id);
        }
        fire(new WorkspaceEvent.NoteRemoved(id));
    }

    /** Moves a section with all its subsections and notes to the trash, as one restorable item. */
    public void trashSection(String id) {
        List<WorkspaceEvent> events;
        synchronized (this) {
            requireWritable();
            events = trash.trashSection(id);
        }
        events.forEach(this::fire);
    }

    /** What is in the trash, newest first; a trashed section counts as one item. */
    public synchronized List<TrashItem> trash() {
        return trash.list();
    }

    /**
     * Puts a trashed note, or a trashed section with everything that went with it, back where it was.
     * A note whose section is gone goes to a "Restored from trash" section at the top.
     */
    public void restore(String trashId) {
        List<WorkspaceEvent> events;
        synchronized (this) {
            requireWritable();
            events = trash.restore(trashId);
        }
        events.forEach(this::fire);
    }

    // ------------------------------------------------------------------ outside changes

    /**
     * Re-reads files that changed on disk since they were read or written here (a git pull, another
     * editor). Returns the ids of notes whose content changed, appeared or disappeared.
     */
    public List<String> rescan() {
        OutsideChanges.Rescan r;
        synchronized (this) {
            r = outside.rescan(this::load);
        }
        if (r.anything()) {
            fire(new WorkspaceEvent.Reloaded());
        }
        return r.changedNotes();
    }

    /** Whether a note's file differs from what this workspace last read or wrote. */
    public synchronized boolean changedOnDisk(String noteId) {
        return outside.changedOnDisk(noteId);
    }

    /** Changes whenever the note's file changes (from the stamp last read or written here; 0: no such note).
     *  A map lookup, no disk access: what the search index keys a note's document on. */
    public synchronized long noteFileStampKey(String noteId) {
        return outside.stampKey(noteId);
    }

    /** The file that holds a note, for tools and tests that look at the disk directly. */
    public Path fileOfNote(String id) {
        return files.noteFile(id);
    }

    // ------------------------------------------------------------------ companion files

    /** The companion kinds this workspace knows (see {@link NoteCompanion}). */
    public List<NoteCompanion> companions() {
        return companions.kinds();
    }

    /** The note's companion file of this kind, or empty; a damaged one reads as none and is in {@link #problems()}. */
    public synchronized Optional<byte[]> readCompanion(NoteCompanion kind, String noteId) {
        return companions.read(kind, noteId, reader);
    }

    /**
     * Writes the note's companion file of this kind atomically. Refuses bytes the kind does not accept
     * (INVALID), a note that does not exist (NOT_FOUND), a file changed outside since it was read here
     * (CONFLICT), and a read-only workspace. The note's own file is not touched.
     */
    public synchronized void writeCompanion(NoteCompanion kind, String noteId, byte[] bytes) {
        requireWritable();
        companions.write(kind, noteId, bytes.clone());
    }

    /** Removes the note's companion file of this kind; false when there was none. */
    public synchronized boolean deleteCompanion(NoteCompanion kind, String noteId) {
        requireWritable();
        return companions.delete(kind, noteId);
    }

    /** Where the note's companion file of this kind is (whether or not it exists), for tools and tests. */
    public Path fileOfCompanion(NoteCompanion kind, String noteId) {
        return companions.file(kind, noteId);
    }

    // ------------------------------------------------------------------ helpers

    private void requireWritable() {
        if (readOnly) {
            throw new StoreException(StoreException.Reason.READ_ONLY, readOnlyReason().orElse("read-only"));
        }
    }

    private void fire(WorkspaceEvent e) {
        for (WorkspaceListener l : listeners) {
            l.changed(e);
        }
    }

    /** A one-line reason for an I/O failure, without stack traces or absolute paths. */
    public static String describe(Throwable e) {
        return StoreErrors.describe(e);
    }

    // ------------------------------------------------------------------ note cache

    /**
     * Writes the note cache ({@link NoteCache}) when more notes than a small share of the workspace were
     * read from their files at the last load or written since; returns whether it wrote. Only a writer
     * does this. Never throws: the cache only makes the next open faster.
     */
    public boolean refreshNoteCache() {
        return cache.refresh(this, () -> lock != null && !closed && !readOnly);
    }

    /** How many notes were read from their files, not the cache, at the last load, plus those written since. */
    public synchronized int notesNotInCache() {
        return cache.notesNotInCache();
    }

    /** Leaves the note cache current (for the next open) and releases the lock. */
    @Override
    public void close() {
        if (lock != null) {
            refreshNoteCache();
            synchronized (this) {
                closed = true; // the lock is gone: no more cache writes from here
            }
            lock.close();
        }
    }
}
