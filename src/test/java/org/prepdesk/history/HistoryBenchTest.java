package org.prepdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.cli.PrepDeskCli;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/**
 * The figures of docs/benchmarks.md, "History and sync", on workspaces made by
 * {@code prepdesk bench --notes N --queries 0 --keep DIR}: a save's commit, a sync of 100 changed
 * notes between two such workspaces through a local bare repository, and the size of .git after
 * 1,000 edits. Off by default: {@code mvn -B -o -q test -Dtest=HistoryBenchTest -Dprepdesk.bench=true};
 * results go to target/history-bench.txt.
 */
@Tag("bench")
@org.junit.jupiter.api.Timeout(value = 60, unit = java.util.concurrent.TimeUnit.MINUTES) // longer than the default 5
class HistoryBenchTest {
    @TempDir
    Path dir;

    private final Random random = new Random(7);
    private final List<String> report = new ArrayList<>();

    @Test
    void commitsSyncsAndRepositorySize() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("prepdesk.bench"), "benchmark: run with -Dprepdesk.bench=true");
        int notes = Integer.getInteger("prepdesk.bench.notes", 10_000);
        int edits = Integer.getInteger("prepdesk.bench.edits", 1_000);
        Path a = dir.resolve("a");
        StringWriter out = new StringWriter();
        int code = PrepDeskCli.run(new String[] {"bench", "--notes", String.valueOf(notes), "--queries", "0", "--keep",
            a.toString()}, p -> 0, new PrintWriter(out), new PrintWriter(out));
        assertThat(code).as(out.toString()).isZero();
        long t0 = System.nanoTime();
        History.enable(a, null).close();
        report.add(String.format("history --enable on %,d notes (first commit): %d ms", notes, ms(t0)));
        Path remote = dir.resolve("r.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();

        try (Workspace ws = Workspace.open(a, Workspace.Access.WRITE); History h = History.open(a, true).orElseThrow()) {
            List<Note> all = ws.notes();
            ChangedPaths changed = new ChangedPaths();
            ws.addListener(changed);
            List<Long> commit = new ArrayList<>();
            List<Long> full = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                edit(ws, all, i);
                long t = System.nanoTime();
                if (i % 2 == 0) {
                    h.commitPaths(changed.take(), null);
                    commit.add(ms(t));
                } else {
                    changed.take();
                    h.commitAll(null);
                    full.add(ms(t));
                }
            }
            report.add("commit of one saved note, as the window and commands make it (the saved files staged): "
                    + stats(commit.subList(5, commit.size())) + " (after 5 warm-up)");
            report.add("commit after examining every file (on opening the window, before a sync): "
                    + stats(full.subList(5, full.size())) + " (after 5 warm-up)");
            if (Boolean.getBoolean("prepdesk.bench.quick")) {
                report.forEach(System.out::println);
                return;
            }
            t0 = System.nanoTime();
            h.sync(remote.toString(), s -> { });
            report.add("first sync (push of the whole workspace): " + ms(t0) + " ms");
        }
        Path b = dir.resolve("b");
        t0 = System.nanoTime();
        History.cloneInto(remote.toString(), b);
        report.add("init --clone: " + ms(t0) + " ms");
        try (History h = History.open(b, true).orElseThrow()) {
            h.setMachine("desktop");
        }
        List<Long> push = new ArrayList<>();
        List<Long> pull = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            try (Workspace ws = Workspace.open(a, Workspace.Access.WRITE); History h = History.open(a, true).orElseThrow()) {
                List<Note> all = ws.notes();
                for (int i = 0; i < 100; i++) {
                    edit(ws, all, round * 100 + i);
                }
                long t = System.nanoTime();
                h.sync(null, s -> { });
                push.add(ms(t));
            }
            try (Workspace ws = Workspace.open(b, Workspace.Access.WRITE); History h = History.open(b, true).orElseThrow()) {
                long t = System.nanoTime();
                SyncResult r = h.sync(null, s -> { });
                ws.rescan();
                pull.add(ms(t));
                assertThat(r.pulled()).isPositive();
            }
        }
        report.add("sync of 100 changed notes, sending side (commit, fetch, push): " + stats(push));
        report.add("sync of 100 changed notes, receiving side (fetch, fast-forward, checkout, rescan): " + stats(pull));

        long before = size(a.resolve(".git"));
        try (Workspace ws = Workspace.open(a, Workspace.Access.WRITE); History h = History.open(a, true).orElseThrow()) {
            List<Note> all = ws.notes();
            ChangedPaths changed = new ChangedPaths();
            ws.addListener(changed);
            for (int i = 0; i < edits; i++) {
                edit(ws, all, i);
                h.commitPaths(changed.take(), null);
            }
        }
        report.add(String.format(".git before the edits: %.1f MB; after %,d edits, one commit each: %.1f MB",
                before / 1e6, edits, size(a.resolve(".git")) / 1e6));
        Files.write(Path.of("target", "history-bench.txt"), report);
        report.forEach(System.out::println);
    }

    private void edit(Workspace ws, List<Note> all, int i) {
        Note n = ws.note(all.get(random.nextInt(all.size())).id()).orElseThrow();
        ws.updateNote(n.withBody(n.body() + "\nEdit " + i + ": one more sentence about what I did and what it changed."));
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String stats(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        Collections.sort(s);
        long median = s.get(s.size() / 2);
        long p99 = s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.99) - 1));
        return "median " + median + " ms, p99 " + p99 + " ms, max " + s.get(s.size() - 1) + " ms (n=" + s.size() + ")";
    }

    private static long size(Path p) throws Exception {
        try (Stream<Path> all = Files.walk(p)) {
            return all.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
