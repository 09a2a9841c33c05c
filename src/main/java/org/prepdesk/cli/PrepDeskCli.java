package org.prepdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.prepdesk.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of DESIGN §6. With no command it opens the window through the function the
 * entry point hands in, so this package never depends on the window.
 */
@Command(name = "prepdesk", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {"A local-first workbench for interview preparation.",
                "With no command, opens the window on --workspace DIR (default: the last workspace opened, "
                        + "or the sample one when run from the source tree)."},
        subcommands = {
            InitCommand.class,
            AddCommand.class,
            EditCommand.class,
            RmCommand.class,
            RestoreCommand.class,
            ListCommand.class,
            ShowCommand.class,
            CheckCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            SheetCommand.class,
            SearchCommand.class,
            ReindexCommand.class,
            BenchCommand.class,
            CoverageCommand.class,
            LintCommand.class,
            RehearseCommand.class,
            HistoryCommand.class,
            SyncCommand.class,
        },
        footer = {"", "Exit codes: 0 success, 1 the workspace has problems (check), 2 bad usage or input, "
                + "or the workspace is held by a running window."})
public final class PrepDeskCli implements Callable<Integer> {
    /** Property the launcher sets to the repository's sample workspace. */
    public static final String DEFAULT_WORKSPACE_PROPERTY = "prepdesk.defaultWorkspace";

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", description = "The workspace to open in the window.")
    Path workspace;

    private final Function<Path, Integer> windowOpener;

    private PrepDeskCli(Function<Path, Integer> windowOpener) {
        this.windowOpener = windowOpener;
    }

    @Override
    public Integer call() {
        Path dir = workspace;
        if (dir == null) {
            String dflt = System.getProperty(DEFAULT_WORKSPACE_PROPERTY);
            dir = dflt == null ? null : Path.of(dflt); // null: the window reopens the last one or welcomes
        }
        return windowOpener.apply(dir);
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, Function<Path, Integer> windowOpener, PrintWriter out, PrintWriter err) {
        Optional<String> unreadable = ArgumentText.unreadable(args, System.getProperty("sun.jnu.encoding"));
        if (unreadable.isPresent()) {
            err.println("prepdesk: " + unreadable.get());
            err.flush();
            return 2;
        }
        CommandLine cl = commandLine(windowOpener);
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(Function<Path, Integer> windowOpener) {
        CommandLine cl = new CommandLine(new PrepDeskCli(windowOpener));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        SearchCommand.takeDashWordsAsQuery(cl.getSubcommands().get("search"));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println(c.getCommandName().equals("prepdesk") ? "prepdesk: " + firstLine(ex.getMessage())
                    : "prepdesk " + c.getCommandName() + ": " + firstLine(ex.getMessage()));
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return CliError.USAGE;
        });
        // Help options normally bypass validation, so "prepdesk nonsense --help" would print help and
        // succeed; an unknown word is bad usage whatever else is on the line.
        cl.setExecutionStrategy(parsed -> {
            for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
                if (!p.unmatched().isEmpty() && !(p.commandSpec().userObject() instanceof SearchCommand)) {
                    CommandLine c = p.commandSpec().commandLine();
                    c.getErr().println(c.getCommandSpec().qualifiedName() + ": unknown argument '"
                            + p.unmatched().get(0) + "'");
                    c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
                    return CliError.USAGE;
                }
            }
            int code = new CommandLine.RunLast().execute(parsed);
            return code == 0 ? CliHistory.afterCommand(parsed) : code;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter err = c.getErr();
            if (ex instanceof CliError e) {
                err.println("prepdesk " + c.getCommandName() + ": " + e.getMessage());
                return e.exitCode();
            }
            if (ex instanceof StoreException e) {
                err.println("prepdesk " + c.getCommandName() + ": " + e.getMessage());
                return CliError.USAGE;
            }
            err.println("prepdesk " + c.getCommandName() + ": internal error (" + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage()))
                    + "); run with PREPDESK_JAVA_OPTS=-Dprepdesk.debug=true for details");
            if (Boolean.getBoolean("prepdesk.debug")) {
                ex.printStackTrace(err);
            }
            return 3;
        });
        return cl;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
