package org.prepdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.prepdesk.search.IndexProgress;
import org.prepdesk.search.bench.Percentiles;
import org.prepdesk.search.bench.SearchBenchmark;
import org.prepdesk.search.bench.SyntheticWorkspace;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark search on a deterministic synthetic workspace,",
                "or, with --workspace and --query-file, time given queries against an existing workspace."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--notes", paramLabel = "N", defaultValue = "10000", description = "Notes to generate (default ${DEFAULT-VALUE}).")
    int notes;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "200",
            description = "Queries of each type to time (default ${DEFAULT-VALUE}); 0 skips the query phase.")
    int queries;

    @Option(names = "--keep", paramLabel = "DIR", description = "Write the synthetic workspace to DIR (new or empty) and keep it.")
    Path keep;

    @Option(names = "--seed", paramLabel = "N", hidden = true, defaultValue = "" + SyntheticWorkspace.DEFAULT_SEED)
    long seed;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", description = "An existing workspace (with --query-file).")
    Path workspace;

    @Option(names = "--query-file", paramLabel = "FILE", description = "Queries to time, one a line (with --workspace).")
    Path queryFile;

    @Option(names = "--json", description = "One JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchBenchmark bench = new SearchBenchmark(line -> {
            if (!json) {
                err.println("bench: " + line);
                err.flush();
            }
        });
        if (workspace != null || queryFile != null) {
            if (workspace == null || queryFile == null) {
                throw CliError.usage("--workspace and --query-file go together");
            }
            if (!Files.isRegularFile(queryFile)) {
                throw CliError.usage("no such query file: " + queryFile);
            }
            return runFile(bench, out);
        }
        if (notes < 1 || notes > 2_000_000) {
            throw CliError.usage("--notes must be between 1 and 2000000");
        }
        if (queries < 0) {
            throw CliError.usage("--queries must be 0 or more");
        }
        Path dir = keep != null ? keep : Files.createTempDirectory("prepdesk-bench");
        if (keep != null && Files.isDirectory(keep)) {
            try (Stream<Path> s = Files.list(keep)) {
                if (s.findAny().isPresent()) {
                    throw CliError.usage("--keep wants a new or empty folder: " + keep);
                }
            }
        }
        try {
            SearchBenchmark.Report r = bench.run(dir, notes, queries, seed);
            if (json) {
                Json.print(out, toJson(r));
            } else {
                printTable(out, r);
            }
        } finally {
            if (keep == null) {
                FileTrees.deleteTree(dir);
            }
        }
        return 0;
    }

    private int runFile(SearchBenchmark bench, PrintWriter out) throws IOException {
        Workspace ws;
        try {
            ws = Workspace.open(workspace, Workspace.Access.WRITE);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_A_WORKSPACE) {
                throw e;
            }
            ws = Workspace.open(workspace, Workspace.Access.READ);
        }
        try (Workspace w = ws) {
            SearchBenchmark.FileReport r = bench.runFile(w, queryFile, x -> IndexAccess.openIndex(x, IndexProgress.NONE));
            if (json) {
                ObjectNode o = Json.object();
                o.put("openMillis", round(r.openMillis()));
                ObjectNode q = o.putObject("queries");
                ObjectNode f = percentiles(q.putObject("file"), r.file());
                f.put("count", r.file().count());
                Json.print(out, o);
            } else {
                out.printf(Locale.ROOT, "open + first query  %8.1f ms%n", r.openMillis());
                out.printf(Locale.ROOT, "%d queries x 5 rounds: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n",
                        r.file().count(), r.file().p50(), r.file().p95(), r.file().p99());
            }
        }
        return 0;
    }

    static ObjectNode toJson(SearchBenchmark.Report r) {
        ObjectNode o = Json.object();
        o.put("writeSeconds", round(r.writeSeconds()));
        o.put("rebuildSeconds", round(r.rebuildSeconds()));
        o.put("openMillis", round(r.openMillis()));
        o.put("heapMB", round(r.heapMB()));
        ObjectNode save = o.putObject("saveVisibleMillis");
        save.put("p50", round(r.saveVisible().p50()));
        save.put("p99", round(r.saveVisible().p99()));
        ObjectNode q = o.putObject("queries");
        for (Map.Entry<String, Percentiles> e : r.queries().entrySet()) {
            percentiles(q.putObject(e.getKey()), e.getValue());
        }
        if (r.linearScanMillis() == null) {
            o.putNull("linearScanMillis");
        } else {
            o.put("linearScanMillis", round(r.linearScanMillis()));
        }
        if (r.speedupVsLinear() == null) {
            o.putNull("speedupVsLinear");
        } else {
            o.put("speedupVsLinear", round(r.speedupVsLinear()));
        }
        return o;
    }

    private static ObjectNode percentiles(ObjectNode o, Percentiles p) {
        o.put("p50", round(p.p50()));
        o.put("p95", round(p.p95()));
        o.put("p99", round(p.p99()));
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void printTable(PrintWriter out, SearchBenchmark.Report r) {
        out.printf(Locale.ROOT, "notes                 %10d%n", r.notes());
        out.printf(Locale.ROOT, "write files           %10.1f s%n", r.writeSeconds());
        out.printf(Locale.ROOT, "load workspace        %10.1f s%n", r.loadSeconds());
        out.printf(Locale.ROOT, "rebuild index         %10.1f s%n", r.rebuildSeconds());
        out.printf(Locale.ROOT, "open + first query    %10.1f ms%n", r.openMillis());
        out.printf(Locale.ROOT, "heap after GC         %10.1f MB%n", r.heapMB());
        out.printf(Locale.ROOT, "save -> searchable    %10.1f ms p50 %8.1f ms p99%n", r.saveVisible().p50(), r.saveVisible().p99());
        if (!r.queries().isEmpty()) {
            out.println();
            out.println("query type       p50 ms    p95 ms    p99 ms");
            r.queries().forEach((type, p) -> out.printf(Locale.ROOT, "%-12s %9.2f %9.2f %9.2f%n", type, p.p50(), p.p95(), p.p99()));
            out.printf(Locale.ROOT, "%nlinear scan p50       %10.2f ms (search p50 %.2f ms: %.0fx faster)%n",
                    r.linearScanMillis(), r.searchP50(), r.speedupVsLinear() == null ? 0 : r.speedupVsLinear());
        }
    }
}
