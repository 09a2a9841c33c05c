package org.prepdesk.outline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.ImportJournal;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;

/**
 * Imports text and Markdown outlines: first a plan per file ({@link #plan}), nothing written; then
 * {@link #write} puts the plans into a workspace, all or nothing: when a write fails (or the
 * progress hook cancels) the sections created so far are moved to the trash and an
 * {@link OutlineException} says so; when the process is killed half-way, an {@link ImportJournal}
 * lets the next writer that opens the workspace move them to the trash. Stateless; {@link #write} runs on the caller's thread (the
 * window calls it on its background executor).
 */
public final class OutlineImporter {
    /** A plan for a file: refuses what is not an outline with an {@link OutlineException}. */
    public OutlinePlan plan(Path file) {
        DecodedText text = TextDecoder.read(file);
        return OutlineParser.parse(text, titleFor(text.name()));
    }

    /** A plan for text already in memory; {@code name} is what the top section is called after. */
    public OutlinePlan plan(String name, String text) {
        return plan(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public OutlinePlan plan(String name, byte[] bytes) {
        DecodedText text = TextDecoder.decode(name, bytes);
        return OutlineParser.parse(text, titleFor(name));
    }

    /** "onsite-prep-outline.txt" → "onsite-prep-outline". */
    static String titleFor(String fileName) {
        String n = fileName == null ? "" : fileName.strip();
        int dot = n.lastIndexOf('.');
        if (dot > 0) {
            n = n.substring(0, dot);
        }
        return n.isBlank() ? "Imported outline" : n;
    }

    /**
     * Writes the plans under the section at {@code intoPath} (titles; empty: the top of the
     * workspace), creating that path as needed.
     */
    public ImportResult write(Workspace ws, List<OutlinePlan> plans, List<String> intoPath, ImportProgress progress) {
        return write(ws, plans, intoPath, List.of(), progress);
    }

    /** As {@link #write(Workspace, List, List, ImportProgress)}, adding {@code tags} to every imported note. */
    public ImportResult write(Workspace ws, List<OutlinePlan> plans, List<String> intoPath, List<String> tags,
            ImportProgress progress) {
        Writer w = new Writer(ws, progress, plans.stream().mapToInt(p -> p.counts().sections() + p.counts().notes()).sum(),
                tags);
        ImportJournal journal = null;
        try {
            // Killed half-way, no rollback runs: the journal lets the next writer take back what was written.
            journal = ImportJournal.begin(ws, w.existingPrefix(intoPath));
            String parent = w.ensurePath(intoPath);
            List<String> tops = new ArrayList<>();
            ImportCounts counts = ImportCounts.ZERO.plusSections(w.createdPathSections);
            List<String> warnings = new ArrayList<>();
            for (OutlinePlan p : plans) {
                for (PlanSection s : p.topSections()) {
                    tops.add(w.section(s, parent));
                }
                counts = counts.plus(p.counts());
                warnings.addAll(p.warnings());
            }
            w.links();
            journal.finish();
            return new ImportResult(counts, tops, warnings);
        } catch (RuntimeException e) {
            OutlineException failed = w.rollBack(e);
            try {
                if (journal != null) {
                    journal.finish();
                }
            } catch (RuntimeException ignored) {
                // left behind, it only makes the next writer look for sections the rollback already trashed
            }
            throw failed;
        }
    }

    /** One import's writes, remembered so that they can be taken back. Confined to one thread. */
    private static final class Writer {
        private final Workspace ws;
        private final ImportProgress progress;
        private final int total;
        private final List<String> tags;
        /** The created sections whose parent existed before: trashing them takes back everything. */
        private final List<String> createdRoots = new ArrayList<>();
        private final Set<String> createdIds = new HashSet<>();
        private final Map<PlanNote, String> ids = new LinkedHashMap<>();
        private int done;
        private int notesWritten;
        private int sectionsWritten;
        int createdPathSections;

        Writer(Workspace ws, ImportProgress progress, int total, List<String> tags) {
            this.ws = ws;
            this.tags = List.copyOf(tags);
            this.progress = progress == null ? ImportProgress.NONE : progress;
            this.total = total;
        }

        /** The deepest section of {@code titles} that exists already (null: the top), under which the import writes. */
        String existingPrefix(List<String> titles) {
            String parent = null;
            for (String t : titles) {
                String want = t.strip();
                Section found = ws.children(parent).stream().filter(s -> s.title().equals(want)).findFirst().orElse(null);
                if (found == null) {
                    break;
                }
                parent = found.id();
            }
            return parent;
        }

        String ensurePath(List<String> titles) {
            String parent = null;
            boolean creating = false;
            for (String t : titles) {
                String want = t.strip();
                Section found = creating ? null : ws.children(parent).stream().filter(s -> s.title().equals(want))
                        .findFirst().orElse(null);
                if (found == null) {
                    Section s = ws.createSection(parent, want);
                    createdIds.add(s.id());
                    sectionsWritten++;
                    if (!creating) {
                        createdRoots.add(s.id());
                    }
                    creating = true;
                    createdPathSections++;
                    found = s;
                }
                parent = found.id();
            }
            return parent;
        }

        String section(PlanSection ps, String parent) {
            checkCancelled();
            Section s = ws.createSection(parent, ps.title());
            sectionsWritten++;
            if (parent == null || !createdIds.contains(parent)) {
                createdRoots.add(s.id());
            }
            createdIds.add(s.id());
            progress.written(++done, total);
            for (PlanNote n : ps.notes()) {
                checkCancelled();
                Note draft = n.toDraft();
                if (!tags.isEmpty()) {
                    List<String> all = new ArrayList<>(draft.tags());
                    all.addAll(tags);
                    draft = draft.withTags(all);
                }
                Note created = ws.createNote(s.id(), draft);
                ids.put(n, created.id());
                notesWritten++;
                progress.written(++done, total);
            }
            for (PlanSection c : ps.children()) {
                section(c, s.id());
            }
            return s.id();
        }

        /** Questions get the ids of the stories written under them. */
        void links() {
            for (Map.Entry<PlanNote, String> e : ids.entrySet()) {
                List<String> stories = e.getKey().answeredBy().stream().map(ids::get).filter(x -> x != null).toList();
                if (!stories.isEmpty()) {
                    ws.note(e.getValue()).ifPresent(q -> ws.updateNote(q.withLinks(stories)));
                }
            }
        }

        private void checkCancelled() {
            if (progress.cancelled()) {
                throw new OutlineException("the import was cancelled");
            }
        }

        OutlineException rollBack(RuntimeException cause) {
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            if (createdRoots.isEmpty()) {
                return new OutlineException("import failed: " + why + "; nothing was imported", cause);
            }
            List<String> left = new ArrayList<>();
            for (int i = createdRoots.size() - 1; i >= 0; i--) {
                String id = createdRoots.get(i);
                try {
                    if (ws.section(id).isPresent()) {
                        ws.trashSection(id);
                    }
                } catch (StoreException e) {
                    left.add(ws.sectionPath(id));
                }
            }
            if (left.isEmpty()) {
                return new OutlineException("import failed: " + why + "; what was written so far (" + sectionsWritten
                        + (sectionsWritten == 1 ? " section, " : " sections, ") + notesWritten
                        + (notesWritten == 1 ? " note" : " notes") + ") was moved to the trash, so nothing was imported", cause);
            }
            return new OutlineException("import failed: " + why + "; and it could not be taken back: remove "
                    + String.join(", ", left) + " by hand (prepdesk rm, or the window)", cause);
        }
    }
}
