package org.prepdesk.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/**
 * The one way to read or change a workspace folder (DESIGN §3). Every change is written atomically
 * before it is visible in memory, and listeners hear of it afterwards.
 *
 * <p>Thread-safe: all state is guarded by {@code this}; listeners are called outside the lock, on the
 * thread that made the change. Reads return immutable values.
 */
public final class Workspace implements AutoCloseable {
    /** Who opens the workspace: writers take the lock, readers never do. */
    public enum Access { READ, WRITE }

    static final long RANK_STEP = 1024;
    /** The note cache is written again once more than this many notes, or 1/{@code CACHE_STALE_SHARE} of them, missed it. */
    private static final int CACHE_STALE_MIN = 64;
    private static final int CACHE_STALE_SHARE = 50;
    private static final String RESTORED_SECTION = "Restored from trash";

    private final Path root;
    private final Access access;
    private final boolean useNoteCache;
    private final JsonCodec codec = new JsonCodec();
    private final AtomicFiles files;
    private final Clock clock;
    private final WorkspaceLock lock;
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();

    private WorkspaceInfo info;                                       // guarded by this
    private final Map<String, Section> sections = new HashMap<>();    // guarded by this
    private final Map<String, Note> notes = new HashMap<>();          // guarded by this
    private final Map<String, ObjectNode> extras = new HashMap<>();   // guarded by this; by "notes/<id>.json"
    private final Map<Path, FileStamp> stamps = new HashMap<>();      // guarded by this
    private final List<Problem> problems = new ArrayList<>();         // guarded by this
    private boolean readOnly;                                         // guarded by this
    private int notesNotInCache;                                      // guarded by this; see refreshNoteCache
    private boolean closed;                                           // guarded by this
    private Map<String, List<Section>> childrenCache;                 // guarded by this; null = stale
    private Map<String, List<Note>> notesCache;                       // guarded by this; null = stale

    private Workspace(Path root, Access access, FileOps ops, Clock clock, WorkspaceLock lock, boolean useNoteCache) {
        this.root = root;
        this.access = access;
        this.useNoteCache = useNoteCache;
        this.files = new AtomicFiles(ops);
        this.clock = clock;
        this.lock = lock;
    }

    // ------------------------------------------------------------------ opening

    /** Makes {@code dir} an empty workspace (it must not exist or be empty) and opens it for writing. */
    public static Workspace create(Path dir, String name) {
        Path root = dir.toAbsolutePath().normalize();
        if (Files.exists(root.resolve(WorkspaceLayout.INFO_FILE))) {
            throw new StoreException(StoreException.Reason.INVALID, "already a workspace: " + dir);
        }
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new StoreException(StoreException.Reason.INVALID, "not a folder: " + dir);
            }
            if (Files.isDirectory(root)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
                    if (ds.iterator().hasNext()) {
                        throw new StoreException(StoreException.Reason.INVALID,
                                "the folder is not empty (init wants a new or empty folder): " + dir);
                    }
                }
            }
            Files.createDirectories(root);
            for (String sub : WorkspaceLayout.FOLDERS) {
                Files.createDirectories(root.resolve(sub));
            }
            JsonCodec c = new JsonCodec();
            new AtomicFiles(FileOps.DISK).write(root.resolve(WorkspaceLayout.INFO_FILE),
                    c.encodeInfo(new WorkspaceInfo(WorkspaceInfo.FORMAT, name, null)));
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, "cannot create the workspace: " + describe(e), e);
        }
        return open(root, Access.WRITE);
    }

    public static Workspace open(Path dir, Access access) {
        return open(dir, access, FileOps.DISK, Clock.systemUTC(), "command");
    }

    /** Opens with a chosen file seam, clock and lock holder name ("window" or "command"). */
    public static Workspace open(Path dir, Access access, FileOps ops, Clock clock, String holder) {
        return open(dir, access, ops, clock, holder, true);
    }

    /**
     * Opens for reading and parses every note file, whatever the note cache holds: for {@code check},
     * whose job is to read every file (the cache would stand in for a file damaged in place whose stamp
     * did not move).
     */
    public static Workspace openReadingEveryFile(Path dir) {
        return open(dir, Access.READ, FileOps.DISK, Clock.systemUTC(), "command", false);
    }

    private static Workspace open(Path dir, Access access, FileOps ops, Clock clock, String holder, boolean useNoteCache) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(WorkspaceLayout.INFO_FILE))) {
            throw new StoreException(StoreException.Reason.NOT_A_WORKSPACE, Files.isDirectory(root)
                    ? "not a PrepDesk workspace (no prepdesk.json): " + dir
                    : "no such workspace folder: " + dir);
        }
        WorkspaceLock lock = access == Access.WRITE ? WorkspaceLock.acquire(root, holder) : null;
        Workspace ws = new Workspace(root, access, ops, clock, lock, useNoteCache);
        try {
            ws.load();
            ImportJournal.recover(ws);   // an import cut off by a kill: take back what it wrote
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
        return ws;
    }

    private synchronized void load() {
        load(useNoteCache ? NoteCache.read(root.resolve(WorkspaceLayout.NOTE_CACHE)) : Map.of());
    }

    /** Reads the workspace; a note file whose stamp is the one {@code known} has for it is not read again. */
    private synchronized void load(Map<String, NoteCache.Cached> known) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(root.resolve(WorkspaceLayout.INFO_FILE));
            info = codec.decodeInfo(raw);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_A_WORKSPACE,
                    "prepdesk.json cannot be read: " + describe(e), e);
        }
        readOnly = access == Access.READ || info.format() > WorkspaceInfo.FORMAT;
        if (access == Access.WRITE && !readOnly) {
            for (String sub : WorkspaceLayout.FOLDERS) {
                try {
                    Files.createDirectories(root.resolve(sub));
                } catch (IOException e) {
                    throw new StoreException(StoreException.Reason.WRITE_FAILED,
                            "cannot create " + sub + "/: " + describe(e), e);
                }
                if (!sub.equals(WorkspaceLayout.NOTES)) {
                    AtomicFiles.cleanLeftovers(root.resolve(sub)); // notes/ is cleaned while it is listed below
                }
            }
            AtomicFiles.cleanLeftovers(root);
        }
        sections.clear();
        notes.clear();
        extras.clear();
        stamps.clear();
        problems.clear();
        notesNotInCache = 0;
        new FolderLoader(this, known).loadAll();
        invalidate();
        checkReferences();
    }

    /** Loads one folder's files in parallel; a bad file becomes a {@link Problem}, never an exception. */
    private static final class FolderLoader {
        private final Workspace ws;
        private final Map<String, NoteCache.Cached> cache;

        FolderLoader(Workspace ws, Map<String, NoteCache.Cached> cache) {
            this.ws = ws;
            this.cache = cache;
        }

        void loadAll() {
            for (Path f : list(ws.root.resolve(WorkspaceLayout.SECTIONS), true)) {
                ws.readSection(f);
            }
            // each note file's attributes are read by the parallel decode (one stat less per file here)
            List<Path> noteFiles = list(ws.root.resolve(WorkspaceLayout.NOTES), false);
            // Reading and parsing dominate opening a large workspace; both cores help.
            List<Object> results = noteFiles.parallelStream().map(f -> ws.decodeNoteFile(f, cache)).toList();
            for (int i = 0; i < noteFiles.size(); i++) {
                ws.acceptNote(noteFiles.get(i), results.get(i));
            }
        }

        /** The folder's files by name, leaving out temporary and hidden ones (and anything but files, if asked). */
        private List<Path> list(Path dir, boolean onlyRegularFiles) {
            List<Path> out = new ArrayList<>();
            if (!Files.isDirectory(dir)) {
                return out;
            }
            String[] names = names(dir);
            if (names == null) {
                return out;
            }
            Arrays.sort(names);
            for (String name : names) {
                if (name.endsWith(AtomicFiles.TEMP_SUFFIX)) {
                    if (ws.access == Access.WRITE && !ws.readOnly) {
                        AtomicFiles.deleteLeftover(dir.resolve(name)); // a crash's leftover: one listing of 10,000 names, not two
                    }
                    continue;
                }
                if (name.startsWith(".")) {
                    continue;
                }
                Path p = dir.resolve(name);
                if (!onlyRegularFiles || Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
            return out;
        }

        /**
         * The folder's names, or null after recording why it cannot be listed. One native call for all
         * names costs a fraction of a directory stream's path per entry when a folder holds 10,000 notes.
         */
        private String[] names(Path dir) {
            String[] names = dir.toFile().list();
            if (names != null) {
                return names;
            }
            // that call does not say why it failed: the stream does
            List<String> found = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    found.add(p.getFileName().toString());
                }
            } catch (IOException e) {
                ws.problems.add(new Problem(ws.relative(dir), "cannot list the folder: " + describe(e), null));
                return null;
            }
            return found.toArray(String[]::new);
        }
    }

    private record Parsed<T>(JsonCodec.Decoded<T> decoded, FileStamp stamp, boolean fromCache) {
    }

    /** Marks a folder entry that is not a file (a folder, say): skipped, as the listing skips it elsewhere. */
    private static final Object NOT_A_FILE = new Object();

    private Object decodeNoteFile(Path f, Map<String, NoteCache.Cached> cache) {
        try {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(f, BasicFileAttributes.class);
            } catch (IOException e) {
                if (!Files.isRegularFile(f)) {
                    return NOT_A_FILE; // a dangling link, or gone since the listing
                }
                throw e;
            }
            if (!attributes.isRegularFile()) {
                return NOT_A_FILE;
            }
            FileStamp stamp = FileStamp.of(attributes);
            NoteCache.Cached cached = cache.get(f.getFileName().toString());
            if (cached != null && cached.matches(stamp)) {
                return new Parsed<>(new JsonCodec.Decoded<>(cached.note(), null), stamp, true);
            }
            byte[] bytes = readBounded(f, stamp.size());
            return new Parsed<>(codec.decodeNote(bytes), stamp, false);
        } catch (IOException | RuntimeException e) {
            return e;
        }
    }

    private synchronized void acceptNote(Path f, Object result) {
        if (result == NOT_A_FILE) {
            return;
        }
        if (result instanceof Exception e) {
            reportBadFile(f, describeParse(e));
            return;
        }
        @SuppressWarnings("unchecked")
        Parsed<Note> p = (Parsed<Note>) result;
        Note n = p.decoded().value();
        if (!f.getFileName().toString().equals(n.id() + ".json")) {
            reportBadFile(f, "its id \"" + n.id() + "\" does not match the file name");
            return;
        }
        notes.put(n.id(), n);
        keepExtras(f, p.decoded().extras());
        stamps.put(f, p.stamp());
        if (!p.fromCache()) {
            notesNotInCache++;
        }
    }

    private void readSection(Path f) {
        try {
            FileStamp stamp = FileStamp.of(f);
            JsonCodec.Decoded<Section> d = codec.decodeSection(readBounded(f, stamp.size()));
            Section s = d.value();
            if (!f.getFileName().toString().equals(s.id() + ".json")) {
                reportBadFile(f, "its id \"" + s.id() + "\" does not match the file name");
                return;
            }
            sections.put(s.id(), s);
            keepExtras(f, d.extras());
            stamps.put(f, stamp);
        } catch (IOException | RuntimeException e) {
            reportBadFile(f, describeParse(e));
        }
    }

    private void keepExtras(Path f, ObjectNode x) {
        if (x != null) {
            extras.put(relative(f), x);
        } else if (!extras.isEmpty()) {
            extras.remove(relative(f));
        }
    }

    private static byte[] readBounded(Path f) throws IOException {
        return readBounded(f, Files.size(f));
    }

    /** As above, with the size just read with the file's stamp (one system call less per file on open). */
    private static byte[] readBounded(Path f, long size) throws IOException {
        if (size > JsonCodec.MAX_FILE_BYTES) {
            throw new JsonCodec.InvalidFileException("the file is larger than " + (JsonCodec.MAX_FILE_BYTES >> 20) + " MB");
        }
        if (size == 0) {
            throw new JsonCodec.InvalidFileException("the file is empty");
        }
        return Files.readAllBytes(f);
    }

    /** Writers move a bad file aside so it cannot be overwritten; readers only report it. */
    private void reportBadFile(Path f, String reason) {
        String moved = null;
        if (access == Access.WRITE && !readOnly) {
            moved = quarantine(f, reason);
        }
        problems.add(new Problem(relative(f), reason, moved));
    }

    private String quarantine(Path f, String reason) {
        Path qdir = root.resolve(WorkspaceLayout.QUARANTINE);
        try {
            Files.createDirectories(qdir);
            String stamp = clock.instant().toString().replace(':', '-');
            String base = stamp + "-" + f.getParent().getFileName() + "-" + f.getFileName();
            Path target = qdir.resolve(base);
            Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            files.write(qdir.resolve(base + ".reason.txt"),
                    (relative(f) + ": " + reason + "\n").getBytes(StandardCharsets.UTF_8));
            return relative(target);
        } catch (IOException e) {
            return null;
        }
    }

    private void checkReferences() {
        for (Section s : sections.values()) {
            if (s.parentId() != null && !sections.containsKey(s.parentId())) {
                problems.add(new Problem(relative(sectionFile(s.id())),
                        "its parent section \"" + s.parentId() + "\" does not exist; shown at the top", null));
            }
        }
        for (Section s : sections.values()) {
            if (hasCycle(s)) {
                problems.add(new Problem(relative(sectionFile(s.id())), "its parents form a loop; shown at the top", null));
            }
        }
        for (Note n : notes.values()) {
            if (!sections.containsKey(n.sectionId())) {
                problems.add(new Problem(relative(noteFile(n.id())),
                        "its section \"" + n.sectionId() + "\" does not exist", null));
            }
        }
    }

    private boolean hasCycle(Section s) {
        String p = s.parentId();
        for (int steps = 0; p != null; steps++) {
            if (p.equals(s.id()) || steps > sections.size()) {
                return true;
            }
            Section parent = sections.get(p);
            p = parent == null ? null : parent.parentId();
        }
        return false;
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
        problems.add(p);
    }

    AtomicFiles atomicFiles() {
        return files;
    }

    public synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    public synchronized Optional<Note> note(String id) {
        return Optional.ofNullable(notes.get(id));
    }

    public synchronized Optional<Section> section(String id) {
        return Optional.ofNullable(sections.get(id));
    }

    public synchronized int noteCount() {
        return notes.size();
    }

    public synchronized List<Note> notes() {
        return List.copyOf(notes.values());
    }

    public synchronized List<Section> sections() {
        return List.copyOf(sections.values());
    }

    /** Top sections (parentId null, or whose parent is missing or loops) in order. */
    public synchronized List<Section> topSections() {
        return children(null);
    }

    /** Child sections of {@code parentId} (null: the top) in rank order. */
    public synchronized List<Section> children(String parentId) {
        ensureCaches();
        return childrenCache.getOrDefault(parentId == null ? "" : parentId, List.of());
    }

    /** Notes of a section in rank order. */
    public synchronized List<Note> notesIn(String sectionId) {
        ensureCaches();
        return notesCache.getOrDefault(sectionId, List.of());
    }

    /** All notes in tree order (depth first, a section's notes before its subsections). */
    public synchronized List<Note> notesInTreeOrder() {
        List<Note> out = new ArrayList<>(notes.size());
        for (Section s : sectionsInTreeOrder()) {
            out.addAll(notesIn(s.id()));
        }
        List<Note> orphans = notes.values().stream().filter(n -> !sections.containsKey(n.sectionId()))
                .sorted(NOTE_ORDER).toList();
        out.addAll(orphans);
        return out;
    }

    /** All sections depth first. */
    public synchronized List<Section> sectionsInTreeOrder() {
        List<Section> out = new ArrayList<>(sections.size());
        walk(null, out);
        return out;
    }

    private void walk(String parent, List<Section> out) {
        for (Section s : children(parent)) {
            out.add(s);
            walk(s.id(), out);
        }
    }

    /** The titles from the top down to this section. */
    public synchronized List<String> sectionTitles(String sectionId) {
        List<String> titles = new ArrayList<>();
        Section s = sections.get(sectionId);
        for (int guard = 0; s != null && guard <= sections.size(); guard++) {
            titles.add(0, s.title());
            s = s.parentId() == null ? null : sections.get(s.parentId());
        }
        return titles;
    }

    /** "A / B / C": the path of section titles, as the CLI and search show it. */
    public synchronized String sectionPath(String sectionId) {
        return String.join(" / ", sectionTitles(sectionId));
    }

    /** Every tag used, sorted, for completion. */
    public synchronized List<String> allTags() {
        return notes.values().stream().flatMap(n -> n.tags().stream()).distinct().sorted().toList();
    }

    public void addListener(WorkspaceListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    public void removeListener(WorkspaceListener l) {
        listeners.remove(l);
    }

    private static final Comparator<Section> SECTION_ORDER = Comparator.comparingLong(Section::rank)
            .thenComparing(Section::title).thenComparing(Section::id);
    private static final Comparator<Note> NOTE_ORDER = Comparator.comparingLong(Note::rank)
            .thenComparing(Note::title).thenComparing(Note::id);

    private void ensureCaches() {
        if (childrenCache != null) {
            return;
        }
        Map<String, List<Section>> kids = new HashMap<>();
        for (Section s : sections.values()) {
            String parent = s.parentId() == null || !sections.containsKey(s.parentId()) || hasCycle(s)
                    ? "" : s.parentId();
            kids.computeIfAbsent(parent, k -> new ArrayList<>()).add(s);
        }
        kids.replaceAll((k, v) -> {
            v.sort(SECTION_ORDER);
            return List.copyOf(v);
        });
        Map<String, List<Note>> byS = new HashMap<>();
        for (Note n : notes.values()) {
            byS.computeIfAbsent(n.sectionId(), k -> new ArrayList<>()).add(n);
        }
        byS.replaceAll((k, v) -> {
            v.sort(NOTE_ORDER);
            return List.copyOf(v);
        });
        childrenCache = kids;
        notesCache = byS;
    }

    private void invalidate() {
        childrenCache = null;
        notesCache = null;
    }

    // ------------------------------------------------------------------ sections

    /** Creates a section at the end of {@code parentId}'s children (null: at the top). */
    public Section createSection(String parentId, String title) {
        Section s;
        synchronized (this) {
            requireWritable();
            if (parentId != null) {
                requireSection(parentId);
            }
            Instant now = clock.instant();
            s = new Section(newId('s', WorkspaceLayout.SECTIONS), parentId, nextRank(children(parentId).stream()
                    .mapToLong(Section::rank).max()), cleanTitle(title), now, now);
            writeSection(s);
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
            String title = cleanTitle(raw);
            Section found;
            synchronized (this) {
                found = children(parent).stream().filter(s -> s.title().equals(title)).findFirst().orElse(null);
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
            s = requireSection(id).withTitle(cleanTitle(title), clock.instant());
            writeSection(s);
        }
        fire(new WorkspaceEvent.SectionSaved(s));
        return s;
    }

    /** Moves a section under {@code newParentId} (null: the top) at position {@code index} among its siblings. */
    public Section moveSection(String id, String newParentId, int index) {
        List<Section> written = new ArrayList<>();
        Section moved;
        synchronized (this) {
            requireWritable();
            Section s = requireSection(id);
            if (newParentId != null) {
                requireSection(newParentId);
                for (String p = newParentId; p != null; p = sections.get(p) == null ? null : sections.get(p).parentId()) {
                    if (p.equals(id)) {
                        throw new StoreException(StoreException.Reason.INVALID, "a section cannot move inside itself");
                    }
                }
            }
            List<Section> siblings = new ArrayList<>(children(newParentId));
            siblings.removeIf(x -> x.id().equals(id));
            int at = Math.max(0, Math.min(index, siblings.size()));
            long[] ranks = ranksAround(siblings.stream().mapToLong(Section::rank).toArray(), at);
            Instant now = clock.instant();
            if (ranks == null) {
                // no gap left: renumber the siblings, then place the section (all files checked first)
                siblings.forEach(x -> requireUnchangedOnDisk(sectionFile(x.id())));
                requireUnchangedOnDisk(sectionFile(id));
                for (int i = 0; i < siblings.size(); i++) {
                    Section r = siblings.get(i).movedTo(newParentId, (i + (i >= at ? 2 : 1)) * RANK_STEP, now);
                    writeSection(r);
                    written.add(r);
                }
                moved = s.movedTo(newParentId, (at + 1) * RANK_STEP, now);
            } else {
                moved = s.movedTo(newParentId, ranks[0], now);
            }
            writeSection(moved);
            written.add(moved);
        }
        written.forEach(x -> fire(new WorkspaceEvent.SectionSaved(x)));
        return moved;
    }

    // ------------------------------------------------------------------ notes

    /** Adds a note with the draft's content at the end of a section. */
    public Note createNote(String sectionId, Note draft) {
        Note n;
        synchronized (this) {
            requireWritable();
            requireSection(sectionId);
            Instant now = clock.instant();
            long rank = nextRank(notesIn(sectionId).stream().mapToLong(Note::rank).max());
            n = draft.withIdentity(newId('n', WorkspaceLayout.NOTES), now).withPlace(sectionId, rank);
            writeNote(n);
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
            Note old = notes.get(changed.id());
            if (old == null) {
                throw notFound("note", changed.id());
            }
            if (old.sameContentAs(changed)) {
                return old;
            }
            requireUnchangedOnDisk(noteFile(old.id()));
            n = changed.withPlace(old.sectionId(), old.rank()).withIdentity(old.id(), old.created())
                    .withUpdated(later(clock.instant(), old.updated()));
            writeNote(n);
        }
        fire(new WorkspaceEvent.NoteSaved(n));
        return n;
    }

    /** Moves a note into a section at position {@code index} among that section's notes. */
    public Note moveNote(String id, String sectionId, int index) {
        List<Note> written = new ArrayList<>();
        Note moved;
        synchronized (this) {
            requireWritable();
            Note n = notes.get(id);
            if (n == null) {
                throw notFound("note", id);
            }
            requireSection(sectionId);
            List<Note> siblings = new ArrayList<>(notesIn(sectionId));
            siblings.removeIf(x -> x.id().equals(id));
            int at = Math.max(0, Math.min(index, siblings.size()));
            long[] ranks = ranksAround(siblings.stream().mapToLong(Note::rank).toArray(), at);
            if (ranks == null) {
                // check every file first so a conflict stops the move before anything is written
                siblings.forEach(x -> requireUnchangedOnDisk(noteFile(x.id())));
                requireUnchangedOnDisk(noteFile(id));
                for (int i = 0; i < siblings.size(); i++) {
                    Note r = siblings.get(i).withPlace(sectionId, (i + (i >= at ? 2 : 1)) * RANK_STEP);
                    writeNote(r);
                    written.add(r);
                }
                moved = n.withPlace(sectionId, (at + 1) * RANK_STEP);
            } else {
                moved = n.withPlace(sectionId, ranks[0]);
            }
            writeNote(moved);
            written.add(moved);
        }
        written.forEach(x -> fire(new WorkspaceEvent.NoteSaved(x)));
        return moved;
    }

    // ------------------------------------------------------------------ trash

    /** Moves a note to the trash; {@link #restore} puts it back where it was. */
    public void trashNote(String id) {
        synchronized (this) {
            requireWritable();
            Note n = notes.get(id);
            if (n == null) {
                throw notFound("note", id);
            }
            requireUnchangedOnDisk(noteFile(id));
            moveToTrash(noteFile(id), WorkspaceLayout.TRASH_NOTES, id);
            notes.remove(id);
            invalidate();
        }
        fire(new WorkspaceEvent.NoteRemoved(id));
    }

    /** Moves a section with all its subsections and notes to the trash, as one restorable item. */
    public void trashSection(String id) {
        List<WorkspaceEvent> events = new ArrayList<>();
        synchronized (this) {
            requireWritable();
            requireSection(id);
            List<Section> subtree = new ArrayList<>();
            collect(id, subtree);
            // all or nothing: a file changed outside stops the trash before anything moves
            for (Section s : subtree) {
                requireUnchangedOnDisk(sectionFile(s.id()));
                notesIn(s.id()).forEach(n -> requireUnchangedOnDisk(noteFile(n.id())));
            }
            for (Section s : subtree) {
                for (Note n : notesIn(s.id())) {
                    moveToTrash(noteFile(n.id()), WorkspaceLayout.TRASH_NOTES, id);
                    notes.remove(n.id());
                    events.add(new WorkspaceEvent.NoteRemoved(n.id()));
                }
            }
            for (Section s : subtree) {
                moveToTrash(sectionFile(s.id()), WorkspaceLayout.TRASH_SECTIONS, id);
                sections.remove(s.id());
                events.add(new WorkspaceEvent.SectionRemoved(s.id()));
            }
            invalidate();
        }
        events.forEach(this::fire);
    }

    private void collect(String id, List<Section> out) {
        out.add(sections.get(id));
        for (Section c : children(id)) {
            collect(c.id(), out);
        }
    }

    private void moveToTrash(Path file, String trashFolder, String trashedWith) {
        String name = file.getFileName().toString();
        String key = relative(file);
        // which kind of file this is comes from the caller's folder, never from the id's first letter:
        // hand-written ids ("story-1") are valid too
        boolean isNote = trashFolder.equals(WorkspaceLayout.TRASH_NOTES);
        String id = idOf(name);
        ObjectNode x = extras.containsKey(key) ? extras.get(key).deepCopy() : codec.newObject();
        x.put("trashedAt", clock.instant().toString());
        x.put("trashedWith", trashedWith);
        x.put("trashedFrom", isNote ? sectionPathOfNoteFile(name) : sectionPath(id));
        Path target = root.resolve(trashFolder).resolve(name);
        try {
            Files.createDirectories(target.getParent());
            byte[] bytes = isNote ? codec.encodeNote(notes.get(id), x) : codec.encodeSection(sections.get(id), x);
            files.write(target, bytes);
            Files.delete(file);
            files.syncDir(file.getParent());
        } catch (IOException e) {
            throw writeFailed("cannot move " + relative(file) + " to the trash", e);
        }
        extras.remove(key);
        stamps.remove(file);
    }

    private String sectionPathOfNoteFile(String name) {
        Note n = notes.get(idOf(name));
        return n == null ? "" : sectionPath(n.sectionId());
    }

    private static String idOf(String fileName) {
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
    }

    /** What is in the trash, newest first; a trashed section counts as one item. */
    public synchronized List<TrashItem> trash() {
        List<TrashItem> items = new ArrayList<>();
        Map<String, Integer> notesPerRoot = new HashMap<>();
        Map<String, JsonCodec.Decoded<Note>> looseNotes = new LinkedHashMap<>();
        for (Path f : trashFiles(WorkspaceLayout.TRASH_NOTES)) {
            try {
                JsonCodec.Decoded<Note> d = codec.decodeNote(readBounded(f));
                String with = d.extras() == null ? d.value().id() : d.extras().path("trashedWith").asText(d.value().id());
                if (with.equals(d.value().id())) {
                    looseNotes.put(d.value().id(), d);
                } else {
                    notesPerRoot.merge(with, 1, Integer::sum);
                }
            } catch (IOException e) {
                // an unreadable trash file cannot be restored; it is left where it is
            }
        }
        for (JsonCodec.Decoded<Note> d : looseNotes.values()) {
            items.add(new TrashItem(d.value().id(), false, d.value().title(), d.extras().path("trashedFrom").asText(""),
                    trashedAt(d.extras()), 1));
        }
        for (Path f : trashFiles(WorkspaceLayout.TRASH_SECTIONS)) {
            try {
                JsonCodec.Decoded<Section> d = codec.decodeSection(readBounded(f));
                String with = d.extras() == null ? "" : d.extras().path("trashedWith").asText("");
                if (with.equals(d.value().id())) {
                    items.add(new TrashItem(d.value().id(), true, d.value().title(),
                            d.extras().path("trashedFrom").asText(""), trashedAt(d.extras()),
                            notesPerRoot.getOrDefault(with, 0)));
                }
            } catch (IOException e) {
                // see above
            }
        }
        items.sort(Comparator.comparing(TrashItem::trashedAt).reversed().thenComparing(TrashItem::id));
        return items;
    }

    private static Instant trashedAt(ObjectNode x) {
        try {
            return Instant.parse(x.path("trashedAt").asText(""));
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    private List<Path> trashFiles(String folder) {
        List<Path> out = new ArrayList<>();
        Path dir = root.resolve(folder);
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
                ds.forEach(out::add);
            } catch (IOException e) {
                // an unreadable trash folder shows as an empty trash
            }
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    /**
     * Puts a trashed note, or a trashed section with everything that went with it, back where it was.
     * A note whose section is gone goes to a "Restored from trash" section at the top.
     */
    public void restore(String trashId) {
        List<WorkspaceEvent> events = new ArrayList<>();
        synchronized (this) {
            requireWritable();
            if (!Ids.isValid(trashId)) {
                throw notFound("trash item", trashId);
            }
            boolean found = false;
            for (Path f : trashFiles(WorkspaceLayout.TRASH_SECTIONS)) {
                JsonCodec.Decoded<Section> d = readTrashed(f, codec::decodeSection);
                if (d != null && trashedWith(d.extras(), d.value().id()).equals(trashId)) {
                    Section s = d.value();
                    if (s.parentId() != null && !sections.containsKey(s.parentId()) && s.id().equals(trashId)) {
                        s = s.movedTo(null, nextRank(children(null).stream().mapToLong(Section::rank).max()),
                                clock.instant());
                    }
                    restoreFile(f, sectionFile(s.id()), codec.encodeSection(s, untrashed(d.extras())));
                    sections.put(s.id(), s);
                    keepExtras(sectionFile(s.id()), untrashed(d.extras()));
                    events.add(new WorkspaceEvent.SectionSaved(s));
                    found = true;
                }
            }
            invalidate();
            for (Path f : trashFiles(WorkspaceLayout.TRASH_NOTES)) {
                JsonCodec.Decoded<Note> d = readTrashed(f, codec::decodeNote);
                if (d != null && trashedWith(d.extras(), d.value().id()).equals(trashId)) {
                    Note n = d.value();
                    if (!sections.containsKey(n.sectionId())) {
                        Section home = restoredSection();
                        events.add(new WorkspaceEvent.SectionSaved(home));
                        n = n.withPlace(home.id(), nextRank(notesIn(home.id()).stream().mapToLong(Note::rank).max()));
                    }
                    restoreFile(f, noteFile(n.id()), codec.encodeNote(n, untrashed(d.extras())));
                    notes.put(n.id(), n);
                    keepExtras(noteFile(n.id()), untrashed(d.extras()));
                    invalidate();
                    events.add(new WorkspaceEvent.NoteSaved(n));
                    found = true;
                }
            }
            if (!found) {
                throw notFound("trash item", trashId);
            }
        }
        events.forEach(this::fire);
    }

    private interface Decoder<T> {
        JsonCodec.Decoded<T> decode(byte[] bytes) throws IOException;
    }

    private static <T> JsonCodec.Decoded<T> readTrashed(Path f, Decoder<T> decoder) {
        try {
            return decoder.decode(readBounded(f));
        } catch (IOException e) {
            return null;
        }
    }

    private static String trashedWith(ObjectNode x, String dflt) {
        return x == null ? dflt : x.path("trashedWith").asText(dflt);
    }

    private static ObjectNode untrashed(ObjectNode x) {
        if (x == null) {
            return null;
        }
        ObjectNode copy = x.deepCopy();
        copy.remove(List.of("trashedAt", "trashedWith", "trashedFrom"));
        return copy.isEmpty() ? null : copy;
    }

    private Section restoredSection() {
        Section existing = children(null).stream().filter(s -> s.title().equals(RESTORED_SECTION)).findFirst()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        Instant now = clock.instant();
        Section s = new Section(newId('s', WorkspaceLayout.SECTIONS), null,
                nextRank(children(null).stream().mapToLong(Section::rank).max()), RESTORED_SECTION, now, now);
        writeSection(s);
        return s;
    }

    private void restoreFile(Path trashed, Path target, byte[] bytes) {
        if (Files.exists(target)) {
            throw new StoreException(StoreException.Reason.CONFLICT,
                    relative(target) + " exists already; the trashed copy was left in the trash");
        }
        try {
            files.write(target, bytes);
            stamps.put(target, FileStamp.of(target));
            Files.delete(trashed);
        } catch (IOException e) {
            throw writeFailed("cannot restore " + relative(target), e);
        }
    }

    // ------------------------------------------------------------------ outside changes

    /**
     * Re-reads files that changed on disk since they were read or written here (a git pull, another
     * editor). Returns the ids of notes whose content changed, appeared or disappeared.
     */
    public List<String> rescan() {
        List<String> changed = new ArrayList<>();
        synchronized (this) {
            Map<String, Note> before = new HashMap<>(notes);
            Map<String, Section> sectionsBefore = new HashMap<>(sections);
            int stale = notesNotInCache;
            // only files whose stamp moved since they were read or written here are read again
            load(NoteCache.inMemory(notesWithStamps()));
            notesNotInCache += stale;
            for (Note n : notes.values()) {
                Note old = before.remove(n.id());
                if (old == null || !old.equals(n)) {
                    changed.add(n.id());
                }
            }
            changed.addAll(before.keySet());
            if (changed.isEmpty() && sectionsBefore.equals(sections)) {
                return changed;
            }
        }
        fire(new WorkspaceEvent.Reloaded());
        return changed;
    }

    /** Whether a note's file differs from what this workspace last read or wrote. */
    public synchronized boolean changedOnDisk(String noteId) {
        Path f = noteFile(noteId);
        FileStamp known = stamps.get(f);
        return !Objects.equals(known, FileStamp.ofOrNull(f));
    }

    // ------------------------------------------------------------------ writing

    private void writeNote(Note n) {
        Path f = noteFile(n.id());
        requireUnchangedOnDisk(f);
        try {
            files.write(f, codec.encodeNote(n, extras.get(relative(f))));
            notesNotInCache++;
            stamps.put(f, FileStamp.of(f));
        } catch (IOException e) {
            afterFailedWrite(f, !notes.containsKey(n.id()), e);
            throw writeFailed("cannot save \"" + shorten(n.title()) + "\"", e);
        }
        notes.put(n.id(), n);
        invalidate();
    }

    private void writeSection(Section s) {
        Path f = sectionFile(s.id());
        requireUnchangedOnDisk(f);
        try {
            files.write(f, codec.encodeSection(s, extras.get(relative(f))));
            stamps.put(f, FileStamp.of(f));
        } catch (IOException e) {
            afterFailedWrite(f, !sections.containsKey(s.id()), e);
            throw writeFailed("cannot save the section \"" + shorten(s.title()) + "\"", e);
        }
        sections.put(s.id(), s);
        invalidate();
    }

    /**
     * When only the folder sync failed, the file already holds the new bytes. A new item is removed
     * again (a retry would otherwise leave a twin after the next open); for an existing one the
     * stamp follows the file, so a retry is not mistaken for an outside change.
     */
    private void afterFailedWrite(Path f, boolean isNew, IOException e) {
        if (!(e instanceof AtomicFiles.RenamedButNotSyncedException)) {
            return;
        }
        if (isNew) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // then it loads as a note on the next open: nothing is lost either way
            }
        } else {
            FileStamp now = FileStamp.ofOrNull(f);
            if (now != null) {
                stamps.put(f, now);
            }
        }
    }

    private void requireUnchangedOnDisk(Path f) {
        FileStamp known = stamps.get(f);
        FileStamp now = FileStamp.ofOrNull(f);
        if (known != null && !known.equals(now)) {
            throw new StoreException(StoreException.Reason.CONFLICT, relative(f)
                    + " was changed outside PrepDesk since it was opened; reload it before saving");
        }
    }

    private void requireWritable() {
        if (readOnly) {
            throw new StoreException(StoreException.Reason.READ_ONLY, readOnlyReason().orElse("read-only"));
        }
    }

    private Section requireSection(String id) {
        Section s = id == null ? null : sections.get(id);
        if (s == null) {
            throw notFound("section", id);
        }
        return s;
    }

    private static StoreException notFound(String what, String id) {
        return new StoreException(StoreException.Reason.NOT_FOUND, "no " + what + " with id \"" + shorten(
                String.valueOf(id)) + "\"");
    }

    private StoreException writeFailed(String what, IOException e) {
        return new StoreException(StoreException.Reason.WRITE_FAILED, what + ": " + describe(e), e);
    }

    private String newId(char prefix, String folder) {
        for (; ; ) {
            String id = Ids.generate(prefix);
            if (!notes.containsKey(id) && !sections.containsKey(id)
                    && !Files.exists(root.resolve(folder).resolve(id + ".json"))) {
                return id;
            }
        }
    }

    private static long nextRank(java.util.OptionalLong max) {
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

    /** A resolved path is always inside the workspace: ids are validated before they name a file. */
    Path noteFile(String id) {
        return inside(WorkspaceLayout.NOTES, id);
    }

    Path sectionFile(String id) {
        return inside(WorkspaceLayout.SECTIONS, id);
    }

    private Path inside(String folder, String id) {
        if (!Ids.isValid(id)) {
            throw new StoreException(StoreException.Reason.INVALID, "not a valid id: \"" + shorten(String.valueOf(id)) + "\"");
        }
        Path p = root.resolve(folder).resolve(id + ".json").normalize();
        if (!p.startsWith(root)) {
            throw new StoreException(StoreException.Reason.INVALID, "a path left the workspace");
        }
        return p;
    }

    /** The file that holds a note, for tools and tests that look at the disk directly. */
    public Path fileOfNote(String id) {
        return noteFile(id);
    }

    String relative(Path p) {
        try {
            return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return String.valueOf(p.getFileName());
        }
    }

    private void fire(WorkspaceEvent e) {
        for (WorkspaceListener l : listeners) {
            l.changed(e);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    /** A one-line reason for an I/O failure, without stack traces or absolute paths. */
    public static String describe(Throwable e) {
        if (e instanceof AtomicFiles.RenamedButNotSyncedException && e.getCause() != null) {
            return describe(e.getCause());
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file or folder does not exist";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("No space left") || m.contains("ENOSPC")) {
            return "no space left on the disk";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return m.lines().findFirst().orElse(m);
    }

    private static String describeParse(Throwable e) {
        if (e instanceof JsonCodec.InvalidFileException) {
            return e.getMessage();
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return "the file is too deeply nested or holds too long a value";
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
            String m = jpe.getOriginalMessage();
            if (m != null && m.toLowerCase().contains("utf-8")) {
                return "the file is not valid UTF-8";
            }
            if (m != null && m.contains("end-of-input")) {
                return "the file is not valid JSON (it ends too early: truncated?)";
            }
            var loc = jpe.getLocation();
            return "the file is not valid JSON" + (loc == null ? "" : " (line " + loc.getLineNr() + ")");
        }
        if (e instanceof StackOverflowError) {
            return "the file is too deeply nested";
        }
        return describe(e);
    }

    /**
     * Writes the note cache ({@link NoteCache}) when more notes than a small share of the workspace were
     * read from their files at the last load or written since; returns whether it wrote. Only a writer
     * does this. Never throws: the cache only makes the next open faster.
     */
    public boolean refreshNoteCache() {
        List<NoteCache.Entry> entries;
        int stale;
        synchronized (this) {
            stale = notesNotInCache;
            if (lock == null || closed || readOnly || stale <= Math.max(CACHE_STALE_MIN, notes.size() / CACHE_STALE_SHARE)) {
                return false;
            }
            entries = notesWithStamps();
            notesNotInCache = 0;
        }
        try {
            Instant now = Instant.now();
            NoteCache.write(root.resolve(WorkspaceLayout.NOTE_CACHE), entries,
                    now.getEpochSecond() * 1_000_000_000L + now.getNano());
            return true;
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                notesNotInCache += stale; // try again next time
            }
            // only the next open is slower; not worth a message on every command of a full disk
            System.getLogger(Workspace.class.getName()).log(System.Logger.Level.DEBUG,
                    "note cache not written: " + describe(e));
            return false;
        }
    }

    /** Each note held here with the stamp of the file it was read from or written to, unless that file keeps unknown keys. */
    private synchronized List<NoteCache.Entry> notesWithStamps() {
        List<NoteCache.Entry> entries = new ArrayList<>(notes.size());
        for (Note n : notes.values()) {
            Path f = noteFile(n.id());
            FileStamp s = stamps.get(f);
            if (s != null && (extras.isEmpty() || !extras.containsKey(relative(f)))) {
                entries.add(new NoteCache.Entry(f.getFileName().toString(), s, n));
            }
        }
        return entries;
    }

    /** How many notes were read from their files, not the cache, at the last load, plus those written since. */
    public synchronized int notesNotInCache() {
        return notesNotInCache;
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

    /**
     * A 64-bit key of what the note's file is (modification time in nanoseconds, size and file key such as
     * the inode), as it was when this workspace last read or wrote it; 0 for a note it holds no file of.
     * Any change to the file, an outside one included, changes the key, whatever the note's
     * {@code updated} says; the search index keys its documents on it. O(1).
     */
    public synchronized long noteFileStampKey(String noteId) {
        // A valid id holds no dot or slash, so the path needs none of noteFile's checks: this runs for
        // every note on every open of the index, where they were most of its cost.
        FileStamp s = Ids.isValid(noteId) ? stamps.get(root.resolve(WorkspaceLayout.NOTES).resolve(noteId + ".json")) : null;
        if (s == null) {
            return 0;
        }
        long h = s.modifiedNanos() * 0x9E3779B97F4A7C15L + s.size();
        return h * 0xBF58476D1CE4E5B9L + (s.fileKey() == null ? 0 : s.fileKey().hashCode());
    }
}
