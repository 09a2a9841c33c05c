package org.prepdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.prepdesk.model.Note;
import org.prepdesk.review.StarCheck;
import org.prepdesk.review.StarFinding;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"The STAR check of every story, or of the notes given. Rules:",
                "missing-situation, missing-action, missing-result, result-without-number,",
                "we-not-i, too-long (over 2 min at 130 words a minute), action-too-short.",
                "Notes that are not stories have no findings. Exit 0 with or without findings."})
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "An array of {id, title, rule, message}.")
    boolean json;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Notes to check (default: every story).")
    List<String> ids;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openForReading()) {
            List<Note> notes = new ArrayList<>();
            if (ids == null || ids.isEmpty()) {
                notes.addAll(ws.notesInTreeOrder());
            } else {
                for (String id : ids) {
                    notes.add(ws.note(id).orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND,
                            "no note with id \"" + id + "\"")));
                }
            }
            StarCheck check = new StarCheck();
            List<StarFinding> findings = new ArrayList<>();
            notes.forEach(n -> findings.addAll(check.check(n)));
            if (json) {
                ArrayNode a = Json.array();
                for (StarFinding f : findings) {
                    a.addObject().put("id", f.noteId()).put("title", f.title()).put("rule", f.rule().id())
                            .put("message", f.message());
                }
                if (a.isEmpty()) {
                    out.println("[]");
                } else {
                    Json.print(out, a);
                }
            } else {
                findings.forEach(f -> out.printf("%s  (%s)  %s: %s%n", f.title(), f.noteId(), f.rule().id(), f.message()));
                out.printf("%d findings%n", findings.size());
            }
        }
        return 0;
    }
}
