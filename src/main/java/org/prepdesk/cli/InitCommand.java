package org.prepdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create an empty workspace in DIR.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A new or empty folder.")
    Path dir;

    @Option(names = "--name", paramLabel = "NAME", description = "The workspace's name (default: the folder's name).")
    String name;

    @Override
    public Integer call() {
        Path abs = dir.toAbsolutePath().normalize();
        String n = name != null ? name : abs.getFileName() == null ? "Workspace" : abs.getFileName().toString();
        try (Workspace ws = Workspace.create(dir, n)) {
            spec.commandLine().getOut().println("Created workspace \"" + ws.name() + "\" in " + dir);
        }
        return 0;
    }
}
