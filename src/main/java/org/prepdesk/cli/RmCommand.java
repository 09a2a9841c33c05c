package org.prepdesk.cli;

import java.util.concurrent.Callable;
import org.prepdesk.model.Note;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rm", mixinStandardHelpOptions = true,
        description = "Move a note to the trash (restore it with: prepdesk restore ID).")
final class RmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "ID", description = "The note's id.")
    String id;

    @Override
    public Integer call() {
        try (Workspace ws = workspace.openForWriting()) {
            Note n = ws.note(id).orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND,
                    "no note with id \"" + id + "\""));
            ws.trashNote(id);
            spec.commandLine().getOut().println("Moved to trash: " + n.title() + " (" + id + ")");
        }
        return 0;
    }
}
