package org.prepdesk.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.prepdesk.model.Note;
import org.prepdesk.search.IndexProgress;
import org.prepdesk.search.NoteIndex;
import org.prepdesk.search.SearchResult;
import org.prepdesk.store.Workspace;

/**
 * The search benchmark of issue 3: writes a synthetic workspace, then measures writing, a full rebuild,
 * opening with a first query, heap, save-to-searchable latency, query latency per query type (top 20
 * with snippets) and the same queries answered by scanning all note text in memory. Single-threaded
 * driver; not thread-safe.
 */
public final class SearchBenchmark {
    public static final List<String> QUERY_TYPES = List.of("term", "prefix", "phrase", "field", "cjk", "multi");
    private static final int TOP = 20;
    private static final int SAVE_SAMPLES = 100;
    private static final int LINEAR_PER_TYPE = 20;
    /** Rounds of all the queries before timing: a session that has searched for a while, not a cold JIT. */
    private static final int WARM_UP_ROUNDS = 3;

    /** Everything the JSON report holds; {@code queries} is empty and the linear figures null when skipped. */
    public record Report(int notes, double writeSeconds, double rebuildSeconds, double openMillis, double heapMB,
                         Percentiles saveVisible, Map<String, Percentiles> queries, Double linearScanMillis,
                         Double speedupVsLinear, double loadSeconds, double searchP50) {
    }

    /** CPU time of the searching thread, logged beside wall time: on a shared machine it shows what a query costs. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Consumer<String> log;

    public SearchBenchmark(Consumer<String> log) {
        this.log = log;
    }

    public Report run(Path dir, int noteCount, int queriesPerType, long seed) throws IOException {
        SyntheticWorkspace gen = new SyntheticWorkspace();
        log.accept("writing " + noteCount + " notes");
        SyntheticWorkspace.Written written = gen.write(dir, noteCount, seed,
                (d, t, w) -> log.accept(w + " " + d + "/" + t));
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            log.accept(String.format(Locale.ROOT, "loaded the workspace in %.1f s (%.0f MB of heap after GC); building the index",
                    loadSeconds, usedHeapMB()));
            NoteIndex.open(ws, IndexProgress.NONE).close();       // first build: leaves an index on disk

            long t1 = System.nanoTime();
            NoteIndex idx = NoteIndex.open(ws, IndexProgress.NONE);
            SearchResult first = idx.search(gen.vocabulary().searchableWord(new Random(seed)), TOP);
            double openMillis = (System.nanoTime() - t1) / 1e6;
            log.accept(String.format(Locale.ROOT, "opened in %.0f ms (%d hits for a first query); rebuilding", openMillis,
                    first.totalHits()));
            try {
                long t2 = System.nanoTime();
                idx.rebuild(IndexProgress.NONE);
                double rebuildSeconds = (System.nanoTime() - t2) / 1e9;
                log.accept(String.format(Locale.ROOT, "rebuilt in %.1f s (searchable and committed)", rebuildSeconds));
                idx.settle();
                log.accept(String.format(Locale.ROOT, "merged into one segment in the background: %.1f s after the rebuild began",
                        (System.nanoTime() - t2) / 1e9));

                double heapMB = usedHeapMB();
                Percentiles save = saveVisible(ws, idx, new Random(seed + 1));
                Map<String, Percentiles> byType = new LinkedHashMap<>();
                Double linear = null;
                Double speedup = null;
                double searchP50 = 0;
                if (queriesPerType > 0) {
                    idx.settle();   // the saves' small segments merged: searching is measured, not housekeeping
                    Map<String, List<String>> queries = queries(ws.notes(), gen.vocabulary(), queriesPerType, new Random(seed + 2));
                    List<Double> all = new ArrayList<>();
                    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                        // every type first, so the JIT has seen all the code paths before any is timed
                        queries.values().forEach(qs -> qs.forEach(q -> idx.search(q, TOP)));
                    }
                    for (String type : QUERY_TYPES) {
                        List<String> qs = queries.get(type);
                        double[] ms = new double[qs.size()];
                        double[] cpu = new double[qs.size()];
                        for (int i = 0; i < qs.size(); i++) {
                            long c = THREADS.getCurrentThreadCpuTime();
                            long s = System.nanoTime();
                            idx.search(qs.get(i), TOP);
                            ms[i] = (System.nanoTime() - s) / 1e6;
                            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                            all.add(ms[i]);
                        }
                        byType.put(type, Percentiles.of(ms));
                        Percentiles onCpu = Percentiles.of(cpu);
                        log.accept(type + ": p50 " + fmt(byType.get(type).p50()) + " ms, p99 " + fmt(byType.get(type).p99())
                                + " ms (CPU time of the searching thread: p50 " + fmt(onCpu.p50()) + " ms, p99 " + fmt(onCpu.p99()) + " ms)");
                    }
                    searchP50 = Percentiles.of(all.stream().mapToDouble(Double::doubleValue).toArray()).p50();
                    linear = linearScan(ws.notes(), queries);
                    speedup = searchP50 > 0 ? linear / searchP50 : null;
                }
                return new Report(noteCount, written.seconds(), rebuildSeconds, openMillis, heapMB, save, byType, linear,
                        speedup, loadSeconds, searchP50);
            } finally {
                idx.close();
            }
        }
    }

    /** Used heap after a full collection, as the window would hold it: workspace loaded, index open. */
    static double usedHeapMB() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    /** A note saved through the workspace, until a search finds the new word in it. */
    private Percentiles saveVisible(Workspace ws, NoteIndex idx, Random r) {
        List<Note> notes = ws.notes();
        double[] ms = new double[SAVE_SAMPLES];
        for (int i = 0; i < SAVE_SAMPLES; i++) {
            Note n = notes.get(r.nextInt(notes.size()));
            String marker = "zqmarker" + Integer.toString(i, 36) + "x" + Long.toString(r.nextLong() & 0xffffff, 36);
            long s = System.nanoTime();
            Note saved = ws.updateNote(ws.note(n.id()).orElseThrow().withBody(n.body() + " " + marker));
            while (idx.search(marker + " ", 1).hits().stream().noneMatch(h -> h.id().equals(saved.id()))) {
                if (System.nanoTime() - s > 10_000_000_000L) {
                    break;   // counted as 10 s: far over any target, and never an endless loop
                }
                Thread.onSpinWait();
            }
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Percentiles p = Percentiles.of(ms);
        log.accept("save visible: p50 " + fmt(p.p50()) + " ms, p99 " + fmt(p.p99()) + " ms");
        return p;
    }

    /** The benchmark's queries, made from the notes' own words so that most have hits. */
    static Map<String, List<String>> queries(List<Note> notes, Vocabulary vocab, int perType, Random r) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        QUERY_TYPES.forEach(t -> out.put(t, new ArrayList<>()));
        List<Note> chinese = notes.stream().filter(n -> n.body().contains("。")).toList();
        String[] kinds = {"story", "talking-point", "question", "ask", "note"};
        for (int i = 0; i < perType; i++) {
            out.get("term").add(vocab.searchableWord(r) + " ");
            String p = vocab.searchableWord(r);
            out.get("prefix").add(p.substring(0, Math.min(p.length(), 3 + r.nextInt(3))));
            String[] words = wordsOf(notes.get(r.nextInt(notes.size())));
            int at = r.nextInt(Math.max(1, words.length - 3));
            out.get("phrase").add("\"" + words[at] + " " + words[Math.min(words.length - 1, at + 1)] + "\"");
            out.get("field").add(switch (i % 3) {
                case 0 -> "tag:" + notes.get(r.nextInt(notes.size())).tags().stream().findFirst().orElse("acme") + " "
                        + vocab.searchableWord(r) + " ";
                case 1 -> "title:" + vocab.searchableWord(r) + " ";
                default -> "kind:" + kinds[r.nextInt(kinds.length)] + " " + vocab.searchableWord(r) + " ";
            });
            if (!chinese.isEmpty()) {
                out.get("cjk").add(i % 4 == 3 ? vocab.chineseWord(r) + " " + vocab.chineseWord(r) : vocab.chineseWord(r));
            }
            // Words a person would type to find this note: its longer words, not "the", "of", "we".
            String[] m = Arrays.stream(wordsOf(notes.get(r.nextInt(notes.size())))).filter(w -> w.length() >= 4)
                    .toArray(String[]::new);
            if (m.length == 0) {
                m = new String[] {"team"};
            }
            out.get("multi").add(m[r.nextInt(m.length)] + " " + m[r.nextInt(m.length)] + " " + m[r.nextInt(m.length)]);
        }
        return out;
    }

    private static String[] wordsOf(Note n) {
        String[] w = n.body().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]+", " ").strip().split(" +");
        return w.length == 0 || w[0].isEmpty() ? new String[] {"team"} : w;
    }

    /**
     * The "grep my notes" baseline: every query answered by scanning all note text (lower-cased once, in
     * memory) for each required word or phrase, keeping the first 20 matches. Returns the p50 in ms.
     */
    private double linearScan(List<Note> notes, Map<String, List<String>> queries) {
        String[] texts = notes.stream().map(n -> (n.allText() + "\n" + String.join(" ", n.tags())).toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        List<Double> ms = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (String type : QUERY_TYPES) {
            List<String> qs = queries.get(type);
            for (int i = 0; i < Math.min(LINEAR_PER_TYPE, qs.size()); i++) {
                List<String> needles = needles(qs.get(i));
                long c = THREADS.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                int found = 0;
                for (String t : texts) {
                    boolean all = true;
                    for (String needle : needles) {
                        if (!t.contains(needle)) {
                            all = false;
                            break;
                        }
                    }
                    if (all && ++found >= 1_000_000) {
                        break;
                    }
                }
                ms.add((System.nanoTime() - s) / 1e6);
                cpu.add((THREADS.getCurrentThreadCpuTime() - c) / 1e6);
            }
        }
        double p50 = Percentiles.of(ms.stream().mapToDouble(Double::doubleValue).toArray()).p50();
        log.accept("linear scan: p50 " + fmt(p50) + " ms (CPU p50 "
                + fmt(Percentiles.of(cpu.stream().mapToDouble(Double::doubleValue).toArray()).p50()) + " ms)");
        return p50;
    }

    private static List<String> needles(String query) {
        String q = query.toLowerCase(Locale.ROOT).strip();
        List<String> out = new ArrayList<>();
        if (q.startsWith("\"")) {
            out.add(q.replace("\"", ""));
            return out;
        }
        for (String w : q.split(" +")) {
            int colon = w.indexOf(':');
            out.add(colon >= 0 ? w.substring(colon + 1) : w);
        }
        return out;
    }

    /** Times the queries of a file against an existing workspace: three warm-up rounds, then 5 measured rounds. */
    public record FileReport(double openMillis, Percentiles file) {
    }

    public FileReport runFile(Workspace ws, Path queryFile, Opener opener) throws IOException {
        List<String> queries = Files.readAllLines(queryFile).stream().filter(l -> !l.isBlank()).toList();
        long t0 = System.nanoTime();
        try (NoteIndex idx = opener.open(ws)) {
            if (!queries.isEmpty()) {
                idx.search(queries.get(0), TOP);
            }
            double openMillis = (System.nanoTime() - t0) / 1e6;
            idx.settle();
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (String q : queries) {
                    idx.search(q, TOP);
                }
            }
            double[] ms = new double[queries.size() * 5];
            int k = 0;
            for (int round = 0; round < 5; round++) {
                for (String q : queries) {
                    long s = System.nanoTime();
                    idx.search(q, TOP);
                    ms[k++] = (System.nanoTime() - s) / 1e6;
                }
            }
            Percentiles p = Percentiles.of(ms);
            return new FileReport(openMillis, new Percentiles(p.p50(), p.p95(), p.p99(), queries.size()));
        }
    }

    /** How {@link #runFile} opens the index (writable or read-only, as the command decides). */
    public interface Opener {
        NoteIndex open(Workspace ws) throws IOException;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
