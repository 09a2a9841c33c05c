package org.prepdesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/**
 * Reads a workspace folder into the in-memory tree: {@code prepdesk.json}, every section file, every
 * note file (in parallel, taking a note from the note cache when its file's stamp is the cached one),
 * then checks the references between them. A bad file becomes a {@link Problem}, never an exception;
 * a writer moves it aside to {@code .prepdesk/quarantine/} so it cannot be overwritten, a reader only
 * reports it. Owns the list of problems found.
 *
 * <p>Not thread-safe: the {@link Workspace} that owns it calls it only with its own monitor held; the
 * parallel decode touches only the immutable note cache and the thread-safe codec.
 */
final class WorkspaceReader {
    /** Marks a folder entry that is not a file (a folder, say): skipped, as the listing skips it elsewhere. */
    private static final Object NOT_A_FILE = new Object();

    private record Parsed<T>(JsonCodec.Decoded<T> decoded, FileStamp stamp, boolean fromCache) {
    }

    private final WorkspaceFiles files;
    private final WorkspaceTree tree;
    private final NoteCacheUpkeep cache;
    private final CompanionFiles companions;
    private final Clock clock;
    private final List<Problem> problems = new ArrayList<>();
    private boolean writer;   // whether the last load could change the folder (quarantine, leftovers)

    WorkspaceReader(WorkspaceFiles files, WorkspaceTree tree, NoteCacheUpkeep cache, CompanionFiles companions,
                    Clock clock) {
        this.files = files;
        this.tree = tree;
        this.cache = cache;
        this.companions = companions;
        this.clock = clock;
    }

    WorkspaceInfo readInfo() {
        try {
            return files.codec().decodeInfo(Files.readAllBytes(files.root().resolve(WorkspaceLayout.INFO_FILE)));
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_A_WORKSPACE,
                    "prepdesk.json cannot be read: " + StoreErrors.describe(e), e);
        }
    }

    /** A writer makes sure every folder exists and removes temporary files a crash left behind. */
    void prepareFolders() {
        Path root = files.root();
        for (String sub : WorkspaceLayout.FOLDERS) {
            try {
                Files.createDirectories(root.resolve(sub));
            } catch (IOException e) {
                throw new StoreException(StoreException.Reason.WRITE_FAILED,
                        "cannot create " + sub + "/: " + StoreErrors.describe(e), e);
            }
            if (!sub.equals(WorkspaceLayout.NOTES)) {
                AtomicFiles.cleanLeftovers(root.resolve(sub)); // notes/ is cleaned while it is listed below
            }
        }
        AtomicFiles.cleanLeftovers(root);
    }

    /**
     * Reads every item again; a note file whose stamp is the one {@code known} has for it is not read
     * again. {@code writer}: bad files are quarantined and leftovers removed.
     */
    void load(Map<String, NoteCache.Cached> known, boolean writer) {
        this.writer = writer;
        tree.clear();
        files.clear();
        problems.clear();
        cache.reset();
        Path root = files.root();
        for (Path f : list(root.resolve(WorkspaceLayout.SECTIONS), true)) {
            readSection(f);
        }
        // each note file's attributes are read by the parallel decode (one stat less per file here)
        List<Path> noteFiles = list(root.resolve(WorkspaceLayout.NOTES), false);
        // Reading and parsing dominate opening a large workspace; both cores help.
        List<Object> results = noteFiles.parallelStream().map(f -> decodeNoteFile(f, known)).toList();
        for (int i = 0; i < noteFiles.size(); i++) {
            acceptNote(noteFiles.get(i), results.get(i));
        }
        tree.invalidate();
        checkReferences();
        companions.load(this);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    void addProblem(Problem p) {
        problems.add(p);
    }

    /** Writers move a bad file aside so it cannot be overwritten; readers only report it. */
    void reportBadFile(Path f, String reason) {
        String moved = null;
        if (writer) {
            moved = quarantine(f, reason);
        }
        problems.add(new Problem(files.relative(f), reason, moved));
    }

    /** The folder's files by name, leaving out temporary and hidden ones (and anything but files, if asked). */
    List<Path> list(Path dir, boolean onlyRegularFiles) {
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
                if (writer) {
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
            problems.add(new Problem(files.relative(dir), "cannot list the folder: " + StoreErrors.describe(e), null));
            return null;
        }
        return found.toArray(String[]::new);
    }

    private Object decodeNoteFile(Path f, Map<String, NoteCache.Cached> known) {
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
            NoteCache.Cached cached = known.get(f.getFileName().toString());
            if (cached != null && cached.matches(stamp)) {
                return new Parsed<>(new JsonCodec.Decoded<>(cached.note(), null), stamp, true);
            }
            byte[] bytes = WorkspaceFiles.readBounded(f, stamp.size());
            return new Parsed<>(files.codec().decodeNote(bytes), stamp, false);
        } catch (IOException | RuntimeException e) {
            return e;
        }
    }

    private void acceptNote(Path f, Object result) {
        if (result == NOT_A_FILE) {
            return;
        }
        if (result instanceof Exception e) {
            reportBadFile(f, StoreErrors.describeParse(e));
            return;
        }
        @SuppressWarnings("unchecked")
        Parsed<Note> p = (Parsed<Note>) result;
        Note n = p.decoded().value();
        if (!f.getFileName().toString().equals(n.id() + ".json")) {
            reportBadFile(f, "its id \"" + n.id() + "\" does not match the file name");
            return;
        }
        tree.putNote(n);
        files.keepExtras(f, p.decoded().extras());
        files.recordStamp(f, p.stamp());
        if (!p.fromCache()) {
            cache.missed();
        }
    }

    private void readSection(Path f) {
        try {
            FileStamp stamp = FileStamp.of(f);
            JsonCodec.Decoded<Section> d = files.codec().decodeSection(WorkspaceFiles.readBounded(f, stamp.size()));
            Section s = d.value();
            if (!f.getFileName().toString().equals(s.id() + ".json")) {
                reportBadFile(f, "its id \"" + s.id() + "\" does not match the file name");
                return;
            }
            tree.putSection(s);
            files.keepExtras(f, d.extras());
            files.recordStamp(f, stamp);
        } catch (IOException | RuntimeException e) {
            reportBadFile(f, StoreErrors.describeParse(e));
        }
    }

    private String quarantine(Path f, String reason) {
        Path qdir = files.root().resolve(WorkspaceLayout.QUARANTINE);
        try {
            Files.createDirectories(qdir);
            String stamp = clock.instant().toString().replace(':', '-');
            String base = stamp + "-" + f.getParent().getFileName() + "-" + f.getFileName();
            Path target = qdir.resolve(base);
            Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            files.atomic().write(qdir.resolve(base + ".reason.txt"),
                    (files.relative(f) + ": " + reason + "\n").getBytes(StandardCharsets.UTF_8));
            return files.relative(target);
        } catch (IOException e) {
            return null;
        }
    }

    private void checkReferences() {
        for (Section s : tree.sections()) {
            if (s.parentId() != null && !tree.hasSection(s.parentId())) {
                problems.add(new Problem(files.relative(files.sectionFile(s.id())),
                        "its parent section \"" + s.parentId() + "\" does not exist; shown at the top", null));
            }
        }
        for (Section s : tree.sections()) {
            if (tree.hasCycle(s)) {
                problems.add(new Problem(files.relative(files.sectionFile(s.id())),
                        "its parents form a loop; shown at the top", null));
            }
        }
        for (Note n : tree.notes()) {
            if (!tree.hasSection(n.sectionId())) {
                problems.add(new Problem(files.relative(files.noteFile(n.id())),
                        "its section \"" + n.sectionId() + "\" does not exist", null));
            }
        }
    }
}
