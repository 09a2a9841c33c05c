package org.prepdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Print the tree of sections with their notes.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "An array of notes {id, title, kind, section, tags} in tree order.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openForReading()) {
            if (json) {
                ArrayNode a = Json.array();
                ws.notesInTreeOrder().forEach(n -> a.add(Json.summary(ws, n)));
                Json.print(out, a);
            } else {
                printTree(ws, out, null, 0);
                out.printf("%d notes in %d sections%n", ws.noteCount(), ws.sections().size());
                ws.problems().forEach(p -> spec.commandLine().getErr().println("prepdesk: warning: " + p.describe()));
            }
        }
        return 0;
    }

    private void printTree(Workspace ws, PrintWriter out, String parent, int depth) {
        String indent = "  ".repeat(depth);
        for (Section s : ws.children(parent)) {
            out.println(indent + s.title());
            for (Note n : ws.notesIn(s.id())) {
                String tags = n.tags().isEmpty() ? "" : "  #" + String.join(" #", n.tags());
                out.printf("%s  - [%s] %s  (%s)%s%n", indent, n.kind().id(), n.title(), n.id(), tags);
            }
            printTree(ws, out, s.id(), depth + 1);
        }
    }
}
