package org.prepdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.prepdesk.model.Section;
import org.prepdesk.outline.MarkdownExporter;
import org.prepdesk.outline.OutlineException;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export the workspace as Markdown, one file per top section.",
                "prepdesk import reads these files back to the same sections and notes."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "md (Markdown).")
    String format;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into (created as needed).")
    Path out;

    @Option(names = "--section", paramLabel = "PATH", description = "Export only this section (\"A / B\").")
    String section;

    @Override
    public Integer call() {
        if (!format.equalsIgnoreCase("md") && !format.equalsIgnoreCase("markdown")) {
            throw CliError.usage("unknown --format '" + format + "' (export writes md)");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CliError.usage("--out must be a folder: " + out);
        }
        PrintWriter pw = spec.commandLine().getOut();
        try (Workspace ws = workspace.openForReading()) {
            String sectionId = section == null ? null : find(ws, section);
            List<Path> files = new MarkdownExporter().export(ws, sectionId, out);
            files.forEach(f -> pw.println(f));
            pw.printf("Exported %d %s%n", files.size(), files.size() == 1 ? "file" : "files");
        } catch (OutlineException e) {
            throw CliError.usage(e.getMessage());
        }
        return 0;
    }

    private static String find(Workspace ws, String path) {
        List<String> titles = new ArrayList<>();
        for (String p : path.split("/")) {
            if (!p.isBlank()) {
                titles.add(p.strip());
            }
        }
        String parent = null;
        for (String t : titles) {
            Section s = ws.children(parent).stream().filter(x -> x.title().equals(t)).findFirst()
                    .orElseThrow(() -> CliError.usage("no section \"" + path + "\""));
            parent = s.id();
        }
        if (parent == null) {
            throw CliError.usage("--section needs at least one title");
        }
        return parent;
    }
}
