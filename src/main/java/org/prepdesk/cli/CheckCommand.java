package org.prepdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.prepdesk.store.Problem;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Verify every file of the workspace without changing anything.",
                "Exit 0 when all is well, 1 when any file has a problem."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openForChecking()) {
            List<Problem> problems = ws.problems();
            for (Problem p : problems) {
                out.println("problem: " + p.describe());
            }
            List<String> quarantined = quarantined(ws.root());
            for (String q : quarantined) {
                out.println("problem: " + q + ": set aside earlier because it could not be read");
            }
            ws.readOnlyReason().filter(r -> ws.format() > org.prepdesk.store.WorkspaceInfo.FORMAT)
                    .ifPresent(r -> out.println("note: " + r));
            int count = problems.size() + quarantined.size();
            out.printf("checked %d sections and %d notes: %s%n", ws.sections().size(), ws.noteCount(),
                    count == 0 ? "no problems" : count == 1 ? "1 problem" : count + " problems");
            return count == 0 ? 0 : CliError.PROBLEMS;
        }
    }

    private static List<String> quarantined(Path root) {
        Path q = root.resolve(WorkspaceLayout.QUARANTINE);
        if (!Files.isDirectory(q)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(q)) {
            return s.map(p -> WorkspaceLayout.QUARANTINE + "/" + p.getFileName())
                    .filter(name -> !name.endsWith(".reason.txt")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
