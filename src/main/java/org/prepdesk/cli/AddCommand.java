package org.prepdesk.cli;

import java.util.concurrent.Callable;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Add a note; prints its id.",
                "The body comes from --body FILE, --body - (stdin), or stdin when it is not a terminal."})
final class AddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @ArgGroup(exclusive = false, multiplicity = "1", heading = "Note:%n")
    NoteOptions options = new NoteOptions();

    @Override
    public Integer call() {
        if (options.section == null) {
            throw CliError.usage("add needs --section \"A / B\"");
        }
        if (options.kind == null) {
            throw CliError.usage("add needs --kind (" + Kind.allIds() + ")");
        }
        if (options.title == null || options.title.isBlank()) {
            throw CliError.usage("add needs a --title");
        }
        String body = options.readBody(true, System.in);
        try (Workspace ws = workspace.openForWriting()) {
            options.checkLinks(ws);
            Section section = ws.ensureSectionPath(options.sectionTitles());
            Note n = ws.createNote(section.id(), options.applyTo(Note.draft(options.kind, options.title), body));
            spec.commandLine().getOut().println(n.id());
        }
        return 0;
    }
}
