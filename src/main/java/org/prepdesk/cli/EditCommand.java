package org.prepdesk.cli;

import java.util.concurrent.Callable;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Change a note: only the options given change (--section moves it).")
final class EditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "ID", description = "The note's id (see list).")
    String id;

    @ArgGroup(exclusive = false, heading = "Note:%n")
    NoteOptions options = new NoteOptions();

    @Override
    public Integer call() {
        String body = options.readBody(false, System.in);
        try (Workspace ws = workspace.openForWriting()) {
            Note n = ws.note(id).orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND,
                    "no note with id \"" + id + "\""));
            options.checkLinks(ws);
            if (options.section != null) {
                Section target = ws.ensureSectionPath(options.sectionTitles());
                if (!target.id().equals(n.sectionId())) {
                    n = ws.moveNote(n.id(), target.id(), Integer.MAX_VALUE);
                }
            }
            Note changed = options.applyTo(n, body);
            if (changed.title().isBlank()) {
                throw CliError.usage("the title cannot be empty");
            }
            ws.updateNote(changed);
            spec.commandLine().getOut().println(n.id());
        }
        return 0;
    }
}
