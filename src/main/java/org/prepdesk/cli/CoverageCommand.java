package org.prepdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.prepdesk.model.Note;
import org.prepdesk.review.CoverageMatrix;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"For each competency, the stories and questions that link to it.",
                "A competency with fewer than " + CoverageMatrix.STORIES_NEEDED + " stories is a gap; "
                        + "stories linked to no competency are listed too.",
                "Link a story to a competency with: edit --link COMPETENCY_ID (keep its other links)."})
final class CoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "{competencies: [{id, title, stories, questions, gap}], unlinkedStories}.")
    boolean json;

    @Option(names = "--tag", paramLabel = "T", description = "Only competencies and stories with this tag (repeatable).")
    List<String> tags;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openForReading()) {
            CoverageMatrix m = CoverageMatrix.of(ws, tags == null ? List.of() : tags);
            if (json) {
                Json.print(out, toJson(m));
            } else {
                printText(out, m);
            }
        }
        return 0;
    }

    static ObjectNode toJson(CoverageMatrix m) {
        ObjectNode o = Json.object();
        ArrayNode rows = o.putArray("competencies");
        for (CoverageMatrix.Row r : m.rows()) {
            ObjectNode c = rows.addObject();
            c.put("id", r.competency().id());
            c.put("title", r.competency().title());
            Json.strings(c.putArray("stories"), ids(r.stories()));
            Json.strings(c.putArray("questions"), ids(r.questions()));
            c.put("gap", r.gap());
        }
        Json.strings(o.putArray("unlinkedStories"), ids(m.unlinkedStories()));
        return o;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static List<String> ids(List<Note> notes) {
        return notes.stream().map(Note::id).toList();
    }

    private static void printText(PrintWriter out, CoverageMatrix m) {
        if (m.rows().isEmpty()) {
            out.println("No competencies yet: add one with: add --kind competency --title \"Communication\" ...");
        }
        for (CoverageMatrix.Row r : m.rows()) {
            out.printf("%s%s  (%s)%n", r.competency().title(), r.gap() ? "  [gap: " + r.stories().size() + " of "
                    + CoverageMatrix.STORIES_NEEDED + " stories]" : "", r.competency().id());
            r.stories().forEach(s -> out.printf("    story     %s  (%s)%n", s.title(), s.id()));
            r.questions().forEach(q -> out.printf("    question  %s  (%s)%n", q.title(), q.id()));
        }
        if (!m.unlinkedStories().isEmpty()) {
            out.println("Stories linked to no competency:");
            m.unlinkedStories().forEach(s -> out.printf("    %s  (%s)%n", s.title(), s.id()));
        }
        out.printf("%s, %s, %s%n", count(m.rows().size(), "competency", "competencies"),
                count(m.gapCount(), "gap", "gaps"), count(m.unlinkedStories().size(), "unlinked story", "unlinked stories"));
    }
}
