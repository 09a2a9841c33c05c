package org.prepdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.prepdesk.history.DeletedNote;
import org.prepdesk.history.GitPlace;
import org.prepdesk.history.History;
import org.prepdesk.history.Version;
import org.prepdesk.model.Note;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"A note's versions, one version's text, or putting a version back; --enable turns history on.",
                "History is a Git repository whose work tree is the workspace folder (see docs/history-and-sync.md)."})
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Versions as [{version, time, message}], newest first; with --show, the note as show --json prints it.")
    boolean json;

    @Option(names = "--show", paramLabel = "VERSION", description = "Print the note as it was at VERSION.")
    String show;

    @Option(names = "--restore", paramLabel = "VERSION", description = "Make VERSION the note's current content (a new save).")
    String restore;

    @Option(names = "--enable", description = "Turn history on for this workspace.")
    boolean enable;

    @Option(names = "--git-dir", paramLabel = "DIR",
            description = "With --enable: keep the history repository in DIR, apart from the workspace "
                    + "(for a workspace inside another Git repository).")
    Path gitDir;

    @Option(names = "--deleted", description = "List notes gone from the workspace and its trash that history still holds.")
    boolean deleted;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "The note's id (a deleted note's too).")
    String id;

    @Override
    public Integer call() {
        int modes = (show != null ? 1 : 0) + (restore != null ? 1 : 0) + (enable ? 1 : 0) + (deleted ? 1 : 0);
        if (modes > 1) {
            throw CliError.usage("give only one of --show, --restore, --enable and --deleted");
        }
        if (gitDir != null && !enable) {
            throw CliError.usage("--git-dir goes with --enable");
        }
        if (enable || deleted) {
            if (id != null) {
                throw CliError.usage("--" + (enable ? "enable" : "deleted") + " takes no ID");
            }
            return enable ? enable() : deleted();
        }
        if (id == null) {
            throw CliError.usage("give the note's ID (see list), or --enable");
        }
        return restore != null ? restore() : show != null ? show() : versions();
    }

    private int enable() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openForWriting()) {
            if (History.place(ws.root()).isOn()) {
                out.println("History is already on (" + History.place(ws.root()).gitDir() + ")");
                return 0;
            }
            try (History h = History.enable(ws.root(), gitDir)) {
                out.println("History is on: " + ws.noteCount() + " notes in the first version (Git repository "
                        + h.where().gitDir() + ")");
            }
        }
        return 0;
    }

    private int versions() {
        try (Workspace ws = workspace.openForReading(); History h = open(ws.root(), false)) {
            List<Version> versions = h.versions(id);
            if (versions.isEmpty()) {
                throw new StoreException(StoreException.Reason.NOT_FOUND, "history holds no version of a note \"" + id + "\"");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ArrayNode a = Json.array();
                for (Version v : versions) {
                    a.addObject().put("version", v.version()).put("time", v.time().toString()).put("message", v.message());
                }
                Json.print(out, a);
            } else {
                for (Version v : versions) {
                    out.println(v.version() + "  " + v.time() + "  " + v.message());
                }
            }
        }
        return 0;
    }

    private int show() {
        try (Workspace ws = workspace.openForReading(); History h = open(ws.root(), false)) {
            Note n = h.noteAt(show, id);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, Json.full(ws, n));
            } else {
                ShowCommand.printText(out, ws, n);
            }
        }
        return 0;
    }

    private int restore() {
        try (Workspace ws = workspace.openForWriting(); History h = open(ws.root(), true)) {
            boolean wasGone = ws.note(id).isEmpty();
            Note restored = h.restore(ws, restore, id);
            spec.commandLine().getOut().println("Restored " + restored.id() + " to version " + restore
                    + (wasGone ? ", in " + ws.sectionPath(restored.sectionId()) : ""));
        }
        return 0;
    }

    private int deleted() {
        try (Workspace ws = workspace.openForReading(); History h = open(ws.root(), false)) {
            PrintWriter out = spec.commandLine().getOut();
            List<DeletedNote> gone = h.deletedNotes();
            if (json) {
                ArrayNode a = Json.array();
                for (DeletedNote d : gone) {
                    ObjectNode o = a.addObject();
                    o.put("id", d.id()).put("title", d.title()).put("version", d.lastVersion())
                            .put("time", d.deletedAt().toString());
                }
                Json.print(out, a);
            } else if (gone.isEmpty()) {
                out.println("History holds no deleted note.");
            } else {
                for (DeletedNote d : gone) {
                    out.println(d.id() + "  " + d.lastVersion() + "  " + d.deletedAt() + "  " + d.title());
                }
            }
        }
        return 0;
    }

    static History open(Path root, boolean holdsLock) {
        return History.open(root, holdsLock).orElseThrow(() -> {
            GitPlace p = History.place(root);
            return new StoreException(StoreException.Reason.INVALID, "no history for this workspace: " + p.whyOff());
        });
    }
}
