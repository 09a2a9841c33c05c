package org.prepdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.prepdesk.history.History;
import org.prepdesk.store.StoreException;
import picocli.CommandLine;

/**
 * After a command that wrote to a workspace, one commit in its history (when history is on), named
 * after what changed. A failed commit is said on stderr and leaves the exit code alone: the saved
 * files are untouched, and the next commit takes them up.
 */
final class CliHistory {
    private CliHistory() {
    }

    static int afterCommand(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.subcommand() != null) {
            leaf = leaf.subcommand();
        }
        CommandLine.Model.CommandSpec mixin = leaf.commandSpec().mixins().get("workspace");
        if (mixin == null || !(mixin.userObject() instanceof WorkspaceOption option) || !option.openedForWriting) {
            return 0;
        }
        String importedFrom = leaf.commandSpec().name().equals("import") ? fileNames(leaf) : null;
        try {
            Optional<History> h = History.open(option.path(), false);
            if (h.isPresent()) {
                try (History history = h.get()) {
                    history.commitPaths(option.changed.take(), importedFrom);
                }
            }
        } catch (StoreException e) {
            leaf.commandSpec().commandLine().getErr().println("prepdesk " + leaf.commandSpec().name() + ": " + e.getMessage());
        }
        return 0;
    }

    private static String fileNames(CommandLine.ParseResult leaf) {
        List<String> names = leaf.matchedPositionals().stream().flatMap(p -> p.stringValues().stream())
                .map(s -> String.valueOf(Path.of(s).getFileName())).toList();
        return names.isEmpty() ? null : String.join(", ", names);
    }
}
