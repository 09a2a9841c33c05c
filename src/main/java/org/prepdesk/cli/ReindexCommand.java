package org.prepdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.prepdesk.search.IndexProgress;
import org.prepdesk.search.NoteIndex;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the JSON files.",
                "Refuses while a window holds the workspace (the window keeps its index current itself)."})
final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        try (Workspace ws = workspace.openForWriting()) {
            // The index is derived: drop it whole, and opening builds it again from the files.
            FileTrees.deleteTree(ws.root().resolve(WorkspaceLayout.INDEX));
            long[] lastShown = {System.nanoTime()};
            IndexProgress progress = (done, total, what) -> {
                if (System.nanoTime() - lastShown[0] > 2_000_000_000L) {
                    lastShown[0] = System.nanoTime();
                    err.printf("%s: %d of %d%n", what, done, total);
                    err.flush();
                }
            };
            try (NoteIndex index = NoteIndex.open(ws, progress)) {
                out.printf(Locale.ROOT, "Indexed %d notes in %.1f s%n", index.size(), (System.nanoTime() - t0) / 1e9);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, "cannot write the search index: " + Workspace.describe(e), e);
        }
        return 0;
    }
}
