package org.prepdesk.outline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;

/**
 * The workspace (or one section) as Markdown files, one per top section, in the convention of
 * {@link MarkdownFormat}: pleasant to read, and {@link OutlineImporter} reads it back to the same
 * sections, kinds, titles, STAR fields, tags, cues and confidence (links between notes are not
 * kept: they name ids). Stateless; reads the workspace on the caller's thread.
 */
public final class MarkdownExporter {
    /** The Markdown of one section and everything below it. */
    public String toMarkdown(Workspace ws, String sectionId) {
        StringBuilder b = new StringBuilder(MarkdownFormat.MARKER).append("\n");
        Section s = ws.section(sectionId).orElseThrow(() -> new OutlineException("no section with id " + sectionId));
        write(ws, s, 1, b);
        return b.toString();
    }

    /**
     * Writes one file per top section (or one for {@code sectionId} when not null) into
     * {@code dir}, created as needed; returns the files written. Files of the same name are replaced.
     */
    public List<Path> export(Workspace ws, String sectionId, Path dir) {
        List<Section> tops = sectionId == null ? ws.children(null)
                : List.of(ws.section(sectionId).orElseThrow(() -> new OutlineException("no section with id " + sectionId)));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Set<String> used = new HashSet<>();
            for (Section s : tops) {
                Path f = dir.resolve(fileName(s.title(), used));
                Files.writeString(f, toMarkdown(ws, s.id()), StandardCharsets.UTF_8);
                written.add(f);
            }
        } catch (IOException e) {
            throw new OutlineException("cannot write the export: " + Workspace.describe(e), e);
        }
        return written;
    }

    private void write(Workspace ws, Section s, int depth, StringBuilder b) {
        b.append('\n').append("#".repeat(depth)).append(' ').append(oneLine(s.title())).append('\n');
        for (Note n : ws.notesIn(s.id())) {
            b.append('\n').append("#".repeat(depth + 1)).append(' ').append(oneLine(n.title())).append('\n');
            b.append(MarkdownFormat.meta(n.kind(), n.tags(), n.cues(), n.confidence())).append('\n');
            Star st = n.star();
            String[] fields = {st.situation(), st.task(), st.action(), st.result()};
            boolean any = false;
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].isEmpty()) {
                    continue;
                }
                if (!any) {
                    b.append('\n');
                    any = true;
                }
                String[] lines = fields[i].split("\n", -1);
                b.append("**").append(MarkdownFormat.STAR_LABELS[i]).append(":** ").append(lines[0]).append('\n');
                for (int j = 1; j < lines.length; j++) {
                    b.append(lines[j].isEmpty() ? "" : "  " + lines[j]).append('\n');
                }
            }
            String body = PlanNote.trimBlankLines(n.body());
            if (!body.isEmpty()) {
                b.append('\n');
                String[] lines = body.split("\n", -1);
                for (int j = 0; j < lines.length; j++) {
                    b.append(MarkdownFormat.escapeBodyLine(lines[j], j == 0)).append('\n');
                }
            }
        }
        for (Section c : ws.children(s.id())) {
            write(ws, c, depth + 1, b);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** A portable file name from a title: letters, digits, dashes; unique within one export. */
    static String fileName(String title, Set<String> used) {
        String base = title.strip().replaceAll("[^\\p{L}\\p{N}._ -]+", "-").replaceAll("[\\s-]+", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "section";
        }
        String name = base + ".md";
        for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + "-" + i + ".md";
        }
        return name;
    }
}
