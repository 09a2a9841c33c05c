package org.prepdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.prepdesk.store.TrashItem;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Put a trashed note or section back where it was; with no ID, list the trash.")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "The trashed item's id.")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (id == null) {
            try (Workspace ws = workspace.openForReading()) {
                for (TrashItem t : ws.trash()) {
                    out.printf("%s  %-8s %s  (from %s, %s)%n", t.id(), t.isSection() ? "section" : "note", t.title(),
                            t.originalPath().isEmpty() ? "the top" : t.originalPath(), t.trashedAt());
                }
            }
            return 0;
        }
        try (Workspace ws = workspace.openForWriting()) {
            ws.restore(id);
            out.println("Restored " + id);
        }
        return 0;
    }
}
