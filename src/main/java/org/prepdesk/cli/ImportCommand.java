package org.prepdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.prepdesk.outline.ImportCounts;
import org.prepdesk.outline.ImportResult;
import org.prepdesk.outline.OutlineException;
import org.prepdesk.outline.OutlineImporter;
import org.prepdesk.outline.OutlinePlan;
import org.prepdesk.outline.PlanNote;
import org.prepdesk.outline.PlanSection;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import text or Markdown outlines as sections and notes.",
                "Each file becomes a new section named after it (a PrepDesk Markdown export brings back its own "
                        + "sections). All files are read first: if one cannot be imported, nothing is."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print {sections, notes, stories, talkingPoints, questions, asks, warnings}.")
    boolean json;

    @Option(names = "--into", paramLabel = "PATH", description = "Put the imported sections under this section path "
            + "(\"A / B\"; created as needed). Default: the top of the workspace.")
    String into;

    @Option(names = "--dry-run", description = "Show what the files would become; write nothing.")
    boolean dryRun;

    @Option(names = "--tag", paramLabel = "TAG", description = "Tag every imported note (repeatable; a, b also works).")
    List<String> tags = new ArrayList<>();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text (.txt) or Markdown (.md) outlines.")
    List<Path> files;

    @Override
    public Integer call() {
        OutlineImporter importer = new OutlineImporter();
        List<OutlinePlan> plans = new ArrayList<>();
        try {
            for (Path f : files) {
                plans.add(importer.plan(f));
            }
        } catch (OutlineException e) {
            throw CliError.usage(e.getMessage() + (files.size() > 1 ? "; no file was imported" : ""));
        }
        List<String> intoPath = new ArrayList<>();
        if (into != null) {
            for (String part : into.split("/")) {
                if (!part.isBlank()) {
                    intoPath.add(part.strip());
                }
            }
            if (intoPath.isEmpty()) {
                throw CliError.usage("--into needs at least one section title");
            }
        }
        if (dryRun) {
            return preview(plans);
        }
        ImportResult result;
        try (Workspace ws = workspace.openForWriting()) {
            List<String> allTags = tags.stream().flatMap(t -> java.util.Arrays.stream(t.split(","))).map(String::strip)
                    .filter(t -> !t.isEmpty()).toList();
            result = importer.write(ws, plans, intoPath, allTags, null);
        } catch (OutlineException e) {
            throw CliError.usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        result.warnings().forEach(w -> err.println("prepdesk import: warning: " + w));
        ImportCounts c = result.counts();
        if (json) {
            ObjectNode o = Json.object();
            o.put("sections", c.sections());
            o.put("notes", c.notes());
            o.put("stories", c.stories());
            o.put("talkingPoints", c.talkingPoints());
            o.put("questions", c.questions());
            o.put("asks", c.asks());
            Json.strings(o.putArray("warnings"), result.warnings());
            Json.print(out, o);
        } else {
            for (OutlinePlan p : plans) {
                ImportCounts pc = p.counts();
                out.printf("%s: %s, %s%n", p.sourceName(), plural(pc.sections(), "section"), plural(pc.notes(), "note"));
            }
            out.printf("Imported %s and %s (%s, %s, %s, %s, %s)%s%n", plural(c.sections(), "section"),
                    plural(c.notes(), "note"), plural(c.stories(), "story", "stories"),
                    plural(c.talkingPoints(), "talking point"), plural(c.questions(), "question"),
                    plural(c.asks(), "ask"), plural(c.notes() - c.stories() - c.talkingPoints() - c.questions() - c.asks(),
                            "other note"), into == null ? "" : " under " + String.join(" / ", intoPath));
        }
        return 0;
    }

    /** The planned tree, drawn as {@code list} draws a workspace, and the counts. */
    private int preview(List<OutlinePlan> plans) {
        PrintWriter out = spec.commandLine().getOut();
        ImportCounts total = ImportCounts.ZERO;
        for (OutlinePlan p : plans) {
            p.warnings().forEach(w -> spec.commandLine().getErr().println("prepdesk import: warning: " + w));
            if (p.wrapped()) {
                draw(out, p.root(), 0);
            } else {
                p.root().children().forEach(s -> draw(out, s, 0));
            }
            total = total.plus(p.counts());
        }
        if (json) {
            ObjectNode o = Json.object();
            o.put("sections", total.sections());
            o.put("notes", total.notes());
            o.put("stories", total.stories());
            o.put("talkingPoints", total.talkingPoints());
            o.put("questions", total.questions());
            o.put("asks", total.asks());
            Json.print(out, o);
        } else {
            out.printf("Would import %s and %s; nothing was written%n", plural(total.sections(), "section"),
                    plural(total.notes(), "note"));
        }
        return 0;
    }

    private static void draw(PrintWriter out, PlanSection s, int depth) {
        String indent = "  ".repeat(depth);
        out.println(indent + s.title());
        for (PlanNote n : s.notes()) {
            out.printf("%s  - [%s] %s%n", indent, n.kind().id(), n.title());
        }
        s.children().forEach(c -> draw(out, c, depth + 1));
    }

    private static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
