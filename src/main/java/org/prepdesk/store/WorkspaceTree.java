package org.prepdesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;

/**
 * The workspace's sections and notes as held in memory, and the questions asked of them: lookups,
 * children and notes in rank order, tree order, the titles on a section's path, the tags in use. Keeps
 * the ordered children lists until something changes (a change calls {@link #invalidate}).
 *
 * <p>Not thread-safe: the {@link Workspace} that owns it calls it only with its own monitor held.
 */
final class WorkspaceTree {
    static final Comparator<Section> SECTION_ORDER = Comparator.comparingLong(Section::rank)
            .thenComparing(Section::title).thenComparing(Section::id);
    static final Comparator<Note> NOTE_ORDER = Comparator.comparingLong(Note::rank)
            .thenComparing(Note::title).thenComparing(Note::id);

    private final Map<String, Section> sections = new HashMap<>();
    private final Map<String, Note> notes = new HashMap<>();
    private Map<String, List<Section>> childrenCache;   // null = stale
    private Map<String, List<Note>> notesCache;         // null = stale

    void clear() {
        sections.clear();
        notes.clear();
        invalidate();
    }

    Note note(String id) {
        return notes.get(id);
    }

    Section section(String id) {
        return sections.get(id);
    }

    boolean hasNote(String id) {
        return notes.containsKey(id);
    }

    boolean hasSection(String id) {
        return sections.containsKey(id);
    }

    int noteCount() {
        return notes.size();
    }

    int sectionCount() {
        return sections.size();
    }

    /** A live view: callers copy it before they hand it out. */
    Collection<Note> notes() {
        return notes.values();
    }

    Collection<Section> sections() {
        return sections.values();
    }

    /** A copy of every section by id, to compare before and after a reload. */
    Map<String, Section> sectionsById() {
        return new HashMap<>(sections);
    }

    Map<String, Note> notesById() {
        return new HashMap<>(notes);
    }

    /** Puts a note in; the ordered lists stay as they were until {@link #invalidate}. */
    void putNote(Note n) {
        notes.put(n.id(), n);
    }

    void putSection(Section s) {
        sections.put(s.id(), s);
    }

    void removeNote(String id) {
        notes.remove(id);
    }

    void removeSection(String id) {
        sections.remove(id);
    }

    void invalidate() {
        childrenCache = null;
        notesCache = null;
    }

    /** Child sections of {@code parentId} (null: the top, with those whose parent is missing or loops) in rank order. */
    List<Section> children(String parentId) {
        ensureCaches();
        return childrenCache.getOrDefault(parentId == null ? "" : parentId, List.of());
    }

    List<Note> notesIn(String sectionId) {
        ensureCaches();
        return notesCache.getOrDefault(sectionId, List.of());
    }

    List<Note> notesInTreeOrder() {
        List<Note> out = new ArrayList<>(notes.size());
        for (Section s : sectionsInTreeOrder()) {
            out.addAll(notesIn(s.id()));
        }
        List<Note> orphans = notes.values().stream().filter(n -> !sections.containsKey(n.sectionId()))
                .sorted(NOTE_ORDER).toList();
        out.addAll(orphans);
        return out;
    }

    List<Section> sectionsInTreeOrder() {
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

    /** The section and everything under it, the section first. */
    List<Section> subtree(String id) {
        List<Section> out = new ArrayList<>();
        collect(id, out);
        return out;
    }

    private void collect(String id, List<Section> out) {
        out.add(sections.get(id));
        for (Section c : children(id)) {
            collect(c.id(), out);
        }
    }

    List<String> sectionTitles(String sectionId) {
        List<String> titles = new ArrayList<>();
        Section s = sections.get(sectionId);
        for (int guard = 0; s != null && guard <= sections.size(); guard++) {
            titles.add(0, s.title());
            s = s.parentId() == null ? null : sections.get(s.parentId());
        }
        return titles;
    }

    String sectionPath(String sectionId) {
        return String.join(" / ", sectionTitles(sectionId));
    }

    List<String> allTags() {
        return notes.values().stream().flatMap(n -> n.tags().stream()).distinct().sorted().toList();
    }

    /** Whether following the parents from {@code s} comes back to it (or never ends). */
    boolean hasCycle(Section s) {
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
}
