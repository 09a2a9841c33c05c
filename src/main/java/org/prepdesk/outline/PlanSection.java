package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A section of an import plan: a title, its notes and its subsections, in outline order. Built by one thread. */
public final class PlanSection {
    private final String title;
    private final List<PlanNote> notes = new ArrayList<>();
    private final List<PlanSection> children = new ArrayList<>();

    public PlanSection(String title) {
        this.title = title == null || title.isBlank() ? "Untitled" : title.strip();
    }

    public String title() {
        return title;
    }

    public List<PlanNote> notes() {
        return List.copyOf(notes);
    }

    public List<PlanSection> children() {
        return List.copyOf(children);
    }

    public PlanSection addSection(String t) {
        PlanSection s = new PlanSection(t);
        children.add(s);
        return s;
    }

    public PlanNote add(PlanNote n) {
        notes.add(n);
        return n;
    }

    void addSection(PlanSection s) {
        children.add(s);
    }

    /** This section and every one below it, depth first. */
    public void forEachSection(Consumer<PlanSection> action) {
        action.accept(this);
        children.forEach(c -> c.forEachSection(action));
    }

    public int sectionCount() {
        int[] n = {0};
        forEachSection(s -> n[0]++);
        return n[0];
    }

    public List<PlanNote> allNotes() {
        List<PlanNote> out = new ArrayList<>();
        forEachSection(s -> out.addAll(s.notes));
        return out;
    }

    @Override
    public String toString() {
        return title;
    }
}
