package org.prepdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.prepdesk.history.History;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create an empty workspace in DIR, with history on (unless DIR is inside another Git repository).",
                "With --clone URL, DIR becomes a copy of a workspace synced to URL."})
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A new or empty folder.")
    Path dir;

    @Option(names = "--name", paramLabel = "NAME", description = "The workspace's name (default: the folder's name).")
    String name;

    @Option(names = "--clone", paramLabel = "URL", description = "Copy the workspace synced to URL (see sync).")
    String clone;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (clone != null) {
            if (name != null) {
                throw CliError.usage("--name does not go with --clone (the workspace keeps its name)");
            }
            History.cloneInto(SyncCommand.RemoteUrls.normalise(clone), dir);
            try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
                out.println("Cloned workspace \"" + ws.name() + "\" into " + dir + " (" + ws.noteCount() + " notes)");
            }
            return 0;
        }
        Path abs = dir.toAbsolutePath().normalize();
        String n = name != null ? name : abs.getFileName() == null ? "Workspace" : abs.getFileName().toString();
        try (Workspace ws = Workspace.create(dir, n)) {
            out.println("Created workspace \"" + ws.name() + "\" in " + dir);
            try {
                History.enableForNewWorkspace(ws.root()).ifPresentOrElse(
                        why -> out.println("History is off: " + why),
                        () -> out.println("History is on (sync with: prepdesk sync --workspace " + dir + " --remote URL)"));
            } catch (StoreException e) {
                spec.commandLine().getErr().println("prepdesk init: " + e.getMessage());
            }
        }
        return 0;
    }
}
