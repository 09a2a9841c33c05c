package org.prepdesk.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/**
 * The trash ({@code trash/notes}, {@code trash/sections}): moves a note, or a section with everything
 * under it, there as one restorable item (each file records when, with which item and from where it
 * was trashed), lists the items, and restores one to where it was. A note whose section is gone is
 * restored into a "Restored from trash" section at the top. The note's companion files go and come
 * back with it ({@link CompanionFiles}).
 *
 * <p>Not thread-safe: the {@link Workspace} that owns it calls it only with its own monitor held; it
 * returns the events to publish, which the workspace fires after letting go of the monitor.
 */
final class WorkspaceTrash {
    private static final String RESTORED_SECTION = "Restored from trash";

    private final WorkspaceFiles files;
    private final WorkspaceTree tree;
    private final TreeMutations mutations;
    private final CompanionFiles companions;
    private final Clock clock;

    WorkspaceTrash(WorkspaceFiles files, WorkspaceTree tree, TreeMutations mutations, CompanionFiles companions,
                   Clock clock) {
        this.files = files;
        this.tree = tree;
        this.mutations = mutations;
        this.companions = companions;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ into the trash

    void trashNote(String id) {
        Note n = tree.note(id);
        if (n == null) {
            throw StoreErrors.notFound("note", id);
        }
        files.requireUnchangedOnDisk(files.noteFile(id));
        moveToTrash(files.noteFile(id), WorkspaceLayout.TRASH_NOTES, id);
        tree.removeNote(id);
        tree.invalidate();
    }

    List<WorkspaceEvent> trashSection(String id) {
        List<WorkspaceEvent> events = new ArrayList<>();
        mutations.requireSection(id);
        List<Section> subtree = tree.subtree(id);
        // all or nothing: a file changed outside stops the trash before anything moves
        for (Section s : subtree) {
            files.requireUnchangedOnDisk(files.sectionFile(s.id()));
            tree.notesIn(s.id()).forEach(n -> files.requireUnchangedOnDisk(files.noteFile(n.id())));
        }
        for (Section s : subtree) {
            for (Note n : tree.notesIn(s.id())) {
                moveToTrash(files.noteFile(n.id()), WorkspaceLayout.TRASH_NOTES, id);
                tree.removeNote(n.id());
                events.add(new WorkspaceEvent.NoteRemoved(n.id()));
            }
        }
        for (Section s : subtree) {
            moveToTrash(files.sectionFile(s.id()), WorkspaceLayout.TRASH_SECTIONS, id);
            tree.removeSection(s.id());
            events.add(new WorkspaceEvent.SectionRemoved(s.id()));
        }
        tree.invalidate();
        return events;
    }

    private void moveToTrash(Path file, String trashFolder, String trashedWith) {
        String name = file.getFileName().toString();
        // which kind of file this is comes from the caller's folder, never from the id's first letter:
        // hand-written ids ("story-1") are valid too
        boolean isNote = trashFolder.equals(WorkspaceLayout.TRASH_NOTES);
        String id = idOf(name);
        ObjectNode known = files.extras(file);
        ObjectNode x = known != null ? known.deepCopy() : files.codec().newObject();
        x.put("trashedAt", clock.instant().toString());
        x.put("trashedWith", trashedWith);
        x.put("trashedFrom", isNote ? sectionPathOfNote(id) : tree.sectionPath(id));
        Path target = files.root().resolve(trashFolder).resolve(name);
        try {
            Files.createDirectories(target.getParent());
            byte[] bytes = isNote ? files.codec().encodeNote(tree.note(id), x)
                    : files.codec().encodeSection(tree.section(id), x);
            files.atomic().write(target, bytes);
            Files.delete(file);
            files.atomic().syncDir(file.getParent());
        } catch (IOException e) {
            throw StoreErrors.writeFailed("cannot move " + files.relative(file) + " to the trash", e);
        }
        files.dropExtras(file);
        files.forgetStamp(file);
        if (isNote) {
            companions.trash(id);
        }
    }

    private String sectionPathOfNote(String id) {
        Note n = tree.note(id);
        return n == null ? "" : tree.sectionPath(n.sectionId());
    }

    private static String idOf(String fileName) {
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
    }

    // ------------------------------------------------------------------ listing

    /** What is in the trash, newest first; a trashed section counts as one item. */
    List<TrashItem> list() {
        List<TrashItem> items = new ArrayList<>();
        Map<String, Integer> notesPerRoot = new HashMap<>();
        Map<String, JsonCodec.Decoded<Note>> looseNotes = new LinkedHashMap<>();
        for (Path f : trashFiles(WorkspaceLayout.TRASH_NOTES)) {
            try {
                JsonCodec.Decoded<Note> d = files.codec().decodeNote(WorkspaceFiles.readBounded(f));
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
                JsonCodec.Decoded<Section> d = files.codec().decodeSection(WorkspaceFiles.readBounded(f));
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
        Path dir = files.root().resolve(folder);
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

    // ------------------------------------------------------------------ out of the trash

    /**
     * Puts a trashed note, or a trashed section with everything that went with it, back where it was.
     * Returns the events to publish.
     */
    List<WorkspaceEvent> restore(String trashId) {
        List<WorkspaceEvent> events = new ArrayList<>();
        if (!Ids.isValid(trashId)) {
            throw StoreErrors.notFound("trash item", trashId);
        }
        boolean found = false;
        for (Path f : trashFiles(WorkspaceLayout.TRASH_SECTIONS)) {
            JsonCodec.Decoded<Section> d = readTrashed(f, files.codec()::decodeSection);
            if (d != null && trashedWith(d.extras(), d.value().id()).equals(trashId)) {
                Section s = d.value();
                if (s.parentId() != null && !tree.hasSection(s.parentId()) && s.id().equals(trashId)) {
                    s = s.movedTo(null, TreeMutations.nextRank(tree.children(null).stream().mapToLong(Section::rank).max()),
                            clock.instant());
                }
                restoreFile(f, files.sectionFile(s.id()), files.codec().encodeSection(s, untrashed(d.extras())));
                tree.putSection(s);
                files.keepExtras(files.sectionFile(s.id()), untrashed(d.extras()));
                events.add(new WorkspaceEvent.SectionSaved(s));
                found = true;
            }
        }
        tree.invalidate();
        for (Path f : trashFiles(WorkspaceLayout.TRASH_NOTES)) {
            JsonCodec.Decoded<Note> d = readTrashed(f, files.codec()::decodeNote);
            if (d != null && trashedWith(d.extras(), d.value().id()).equals(trashId)) {
                Note n = d.value();
                if (!tree.hasSection(n.sectionId())) {
                    Section home = restoredSection();
                    events.add(new WorkspaceEvent.SectionSaved(home));
                    n = n.withPlace(home.id(), TreeMutations.nextRank(
                            tree.notesIn(home.id()).stream().mapToLong(Note::rank).max()));
                }
                restoreFile(f, files.noteFile(n.id()), files.codec().encodeNote(n, untrashed(d.extras())));
                tree.putNote(n);
                files.keepExtras(files.noteFile(n.id()), untrashed(d.extras()));
                tree.invalidate();
                companions.restore(n.id());
                events.add(new WorkspaceEvent.NoteSaved(n));
                found = true;
            }
        }
        if (!found) {
            throw StoreErrors.notFound("trash item", trashId);
        }
        return events;
    }

    private interface Decoder<T> {
        JsonCodec.Decoded<T> decode(byte[] bytes) throws IOException;
    }

    private static <T> JsonCodec.Decoded<T> readTrashed(Path f, Decoder<T> decoder) {
        try {
            return decoder.decode(WorkspaceFiles.readBounded(f));
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
        Section existing = tree.children(null).stream().filter(s -> s.title().equals(RESTORED_SECTION)).findFirst()
                .orElse(null);
        return existing != null ? existing : mutations.createSection(null, RESTORED_SECTION);
    }

    private void restoreFile(Path trashed, Path target, byte[] bytes) {
        if (Files.exists(target)) {
            throw new StoreException(StoreException.Reason.CONFLICT,
                    files.relative(target) + " exists already; the trashed copy was left in the trash");
        }
        try {
            files.atomic().write(target, bytes);
            files.recordStamp(target, FileStamp.of(target));
            Files.delete(trashed);
        } catch (IOException e) {
            throw StoreErrors.writeFailed("cannot restore " + files.relative(target), e);
        }
    }
}
