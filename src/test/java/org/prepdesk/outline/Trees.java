package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;

/** Trees as comparable lines: "path" for a section, "path :: [kind] title …" for a note. */
final class Trees {
    private Trees() {
    }

    static List<String> of(PlanSection root) {
        List<String> out = new ArrayList<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(PlanSection s, String parent, List<String> out) {
        String path = parent.isEmpty() ? s.title() : parent + " / " + s.title();
        out.add(path);
        for (PlanNote n : s.notes()) {
            out.add(path + " :: " + line(n.kind().id(), n.title(), n.cues(), n.tags(), n.body(), n.star().situation(),
                    n.star().task(), n.star().action(), n.star().result(), n.confidence()));
        }
        s.children().forEach(c -> walk(c, path, out));
    }

    /** The workspace's tree below the section {@code topId} (or all of it for null). */
    static List<String> of(Workspace ws, String topId) {
        List<String> out = new ArrayList<>();
        if (topId == null) {
            ws.children(null).forEach(s -> walk(ws, s, "", out));
        } else {
            walk(ws, ws.section(topId).orElseThrow(), "", out);
        }
        return out;
    }

    private static void walk(Workspace ws, Section s, String parent, List<String> out) {
        String path = parent.isEmpty() ? s.title() : parent + " / " + s.title();
        out.add(path);
        for (Note n : ws.notesIn(s.id())) {
            out.add(path + " :: " + line(n.kind().id(), n.title(), n.cues(), n.tags(), n.body(), n.star().situation(),
                    n.star().task(), n.star().action(), n.star().result(), n.confidence()));
        }
        ws.children(s.id()).forEach(c -> walk(ws, c, path, out));
    }

    private static String line(String kind, String title, List<String> cues, List<String> tags, String body,
            String s, String t, String a, String r, int confidence) {
        return "[" + kind + "] " + title + " | cues=" + cues + " | tags=" + tags + " | conf=" + confidence
                + " | S=" + s + " | T=" + t + " | A=" + a + " | R=" + r + " | body=" + body;
    }

    static PlanSection section(PlanSection root, String... path) {
        PlanSection s = root;
        for (String t : path) {
            s = s.children().stream().filter(c -> c.title().equals(t)).findFirst()
                    .orElseThrow(() -> new AssertionError("no section " + t + " in " + root.title()));
        }
        return s;
    }

    static PlanNote note(PlanSection s, String title) {
        return s.notes().stream().filter(n -> n.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no note " + title + " in " + s.title() + ": " + s.notes()));
    }
}
