package org.prepdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.prepdesk.history.History;
import org.prepdesk.history.SyncConflict;
import org.prepdesk.history.SyncResult;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sync", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fetch, merge and push the workspace's history with a remote Git repository.",
                "The same note changed on both sides keeps both versions: the other one becomes a second note.",
                "Refused while a window holds the workspace (use File > Sync there)."})
final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--remote", paramLabel = "URL",
            description = "Any URL Git speaks (a path, file://, ssh://, https://); remembered for the next sync.")
    String remote;

    @Option(names = "--json", description = "{pulled, pushed, conflicts: [{id, copyId, title}]}")
    boolean json;

    @Override
    public Integer call() {
        String url = remote == null ? null : RemoteUrls.normalise(remote);
        try (Workspace ws = workspace.openForWriting(); History h = HistoryCommand.open(ws.root(), true)) {
            SyncResult r = h.sync(url, step -> { });
            ws.rescan(); // the note cache and, on the next open, the index catch up with the pulled files
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode o = Json.object();
                o.put("pulled", r.pulled());
                o.put("pushed", r.pushed());
                ArrayNode a = o.putArray("conflicts");
                for (SyncConflict c : r.conflicts()) {
                    ObjectNode x = a.addObject();
                    x.put("id", c.id());
                    if (c.copyId() == null) {
                        x.putNull("copyId");
                    } else {
                        x.put("copyId", c.copyId());
                    }
                    x.put("title", c.title());
                }
                Json.print(out, o);
            } else {
                out.println("Pulled " + r.pulled() + " change" + (r.pulled() == 1 ? "" : "s") + ", pushed "
                        + r.pushed() + " (remote " + h.remote().orElse("?") + ")");
                for (SyncConflict c : r.conflicts()) {
                    out.println("Conflict: " + c.message());
                }
            }
        }
        return 0;
    }

    /** Path-like remotes are made absolute here: Git would resolve a relative one against the repository. */
    static final class RemoteUrls {
        private RemoteUrls() {
        }

        static String normalise(String url) {
            String u = url.strip();
            if (u.isEmpty()) {
                throw CliError.usage("--remote needs a URL");
            }
            boolean scheme = u.matches("[A-Za-z][A-Za-z0-9+.-]*://.*");
            boolean scpLike = u.matches("[^/\\\\]+:.*") && !u.matches("[A-Za-z]:[\\\\/].*");
            return scheme || scpLike ? u : Path.of(u).toAbsolutePath().normalize().toString();
        }
    }
}
