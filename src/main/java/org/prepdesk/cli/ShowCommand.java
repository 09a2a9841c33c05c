package org.prepdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.prepdesk.model.Note;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one note.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "The note with body, cues and star {situation, task, action, result}.")
    boolean json;

    @Parameters(paramLabel = "ID", description = "The note's id (see list).")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openForReading()) {
            Note n = ws.note(id).orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND,
                    "no note with id \"" + id + "\""));
            if (json) {
                Json.print(out, Json.full(ws, n));
                return 0;
            }
            printText(out, ws, n);
        }
        return 0;
    }

    /** The note as show prints it without --json (history --show prints a past version alike). */
    static void printText(PrintWriter out, Workspace ws, Note n) {
        out.println(n.title());
        out.println(n.kind().label() + " · " + ws.sectionPath(n.sectionId()));
        if (!n.tags().isEmpty()) {
            out.println("Tags: " + String.join(", ", n.tags()));
        }
        if (!n.cues().isEmpty()) {
            out.println("Cues: " + String.join(", ", n.cues()));
        }
        if (!n.star().isEmpty()) {
            out.println("Situation: " + n.star().situation());
            out.println("Task: " + n.star().task());
            out.println("Action: " + n.star().action());
            out.println("Result: " + n.star().result());
        }
        if (!n.body().isEmpty()) {
            out.println();
            out.println(n.body());
        }
    }
}
