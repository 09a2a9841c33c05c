package org.prepdesk.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prepdesk.model.Star;

/**
 * Reads a file {@link MarkdownExporter} wrote (see {@link MarkdownFormat}) back to exactly the
 * sections and notes it came from. Text before the first heading (someone edited the file) is
 * kept as a note. Stateless.
 */
final class ExportedMarkdownReader {
    private ExportedMarkdownReader() {
    }

    static OutlinePlan read(DecodedText source, String fileTitle) {
        String[] lines = source.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        PlanSection root = new PlanSection(fileTitle);
        Deque<Map.Entry<Integer, PlanSection>> open = new ArrayDeque<>();
        List<String> loose = new ArrayList<>();
        int i = 0;
        if (i < lines.length && MarkdownFormat.isExport(lines[i])) {
            i++;
        }
        while (i < lines.length) {
            String l = lines[i];
            if (!MarkdownFormat.isHeading(l)) {
                if (!l.isBlank()) {
                    loose.add(l);
                }
                i++;
                continue;
            }
            int level = MarkdownFormat.level(l);
            String title = MarkdownFormat.headingText(l).strip();
            MarkdownFormat.Meta meta = i + 1 < lines.length ? MarkdownFormat.parseMeta(lines[i + 1]) : null;
            if (meta == null) {
                while (!open.isEmpty() && open.peek().getKey() >= level) {
                    open.pop();
                }
                PlanSection parent = open.isEmpty() ? root : open.peek().getValue();
                PlanSection s = parent.addSection(title.isEmpty() ? "Untitled" : title);
                open.push(Map.entry(level, s));
                i++;
                continue;
            }
            i += 2;
            int end = i;
            while (end < lines.length && !MarkdownFormat.isHeading(lines[end])) {
                end++;
            }
            PlanSection target = open.isEmpty() ? root : open.peek().getValue();
            target.add(note(title, meta, lines, i, end));
            i = end;
        }
        boolean wrapped = !root.notes().isEmpty();
        if (!loose.isEmpty()) {
            root.add(Classifier.proseNote(String.join("\n", loose)));
            wrapped = true;
        }
        return new OutlinePlan(source.name(), root, wrapped, source.warnings());
    }

    private static PlanNote note(String title, MarkdownFormat.Meta meta, String[] lines, int from, int to) {
        int i = from;
        while (i < to && lines[i].isBlank()) {
            i++;
        }
        Map<String, StringBuilder> star = new LinkedHashMap<>();
        StringBuilder current = null;
        while (i < to) {
            String[] s = MarkdownFormat.starLine(lines[i]);
            if (s != null) {
                current = new StringBuilder(s[1]);
                star.put(s[0], current);
                i++;
                continue;
            }
            if (current != null && lines[i].startsWith("  ")) {
                current.append('\n').append(lines[i].substring(2));
                i++;
                continue;
            }
            if (current != null && lines[i].isEmpty() && continuesField(lines, i, to)) {
                current.append('\n');
                i++;
                continue;
            }
            break;
        }
        while (i < to && lines[i].isBlank()) {
            i++;
        }
        List<String> body = new ArrayList<>();
        for (int j = i; j < to; j++) {
            body.add(MarkdownFormat.unescapeBodyLine(lines[j]));
        }
        Star st = new Star(get(star, "Situation"), get(star, "Task"), get(star, "Action"), get(star, "Result"));
        return new PlanNote(meta.kind(), title, String.join("\n", body), meta.cues(), meta.tags(), st,
                meta.confidence());
    }

    private static boolean continuesField(String[] lines, int i, int to) {
        int j = i;
        while (j < to && lines[j].isEmpty()) {
            j++;
        }
        return j < to && lines[j].startsWith("  ");
    }

    private static String get(Map<String, StringBuilder> star, String label) {
        StringBuilder b = star.get(label);
        return b == null ? "" : b.toString();
    }
}
