package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;

/**
 * Issue 2's "done when": opening a workspace of 10,000 notes for reading. Off by default; run with
 * {@code mvn -B -q -o test -Dtest=WorkspaceLoadBenchTest -Dprepdesk.bench=true}. Each measured open
 * runs in a fresh JVM, as a user's first open does; the result goes to target/workspace-load.txt.
 */
@Tag("bench")
@org.junit.jupiter.api.Timeout(value = 60, unit = java.util.concurrent.TimeUnit.MINUTES) // longer than the default 5
class WorkspaceLoadBenchTest {
    @TempDir
    Path dir;

    @Test
    void opensTenThousandNotesQuickly() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("prepdesk.bench"), "benchmark: run with -Dprepdesk.bench=true");
        int count = Integer.getInteger("prepdesk.bench.notes", 10_000);
        int runs = Integer.getInteger("prepdesk.bench.runs", 7);
        String keep = System.getProperty("prepdesk.bench.keep");
        if (keep != null) {
            dir = Path.of(keep);
        }
        writeSyntheticWorkspace(dir, count);

        List<Long> fresh = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            try (ChildJvm child = ChildJvm.start(WorkspaceLoadMain.class, dir.toString())) {
                String[] p = child.readLine().split(" ");
                assertThat(p[0]).isEqualTo("OPEN");
                assertThat(Integer.parseInt(p[2])).isEqualTo(count);
                assertThat(Integer.parseInt(p[3])).isZero();
                fresh.add(Long.parseLong(p[1]));
            }
        }
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            try (Workspace ws = Workspace.open(dir, Workspace.Access.READ)) {
                warm.add((System.nanoTime() - t0) / 1_000_000);
                assertThat(ws.noteCount()).isEqualTo(count);
            }
        }
        String report = String.format("notes=%d cpus=%d fresh-jvm ms=%s median=%d | warm-jvm ms=%s median=%d%n", count,
                Runtime.getRuntime().availableProcessors(), fresh, median(fresh), warm, median(warm));
        System.out.print(report);
        Files.writeString(Path.of("target", "workspace-load.txt"), report + "load average: "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + "\n");
        assertThat(median(fresh)).as("median open of %d notes in a fresh JVM", count).isLessThan(1500);
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    /** Realistic notes: nested sections, all kinds, tags and cues, bodies of a few hundred words. */
    static void writeSyntheticWorkspace(Path dir, int count) throws IOException {
        Workspace.create(dir, "bench").close();
        JsonCodec codec = new JsonCodec();
        Random r = new Random(42);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<String> sectionIds = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String parent = i < 20 ? null : sectionIds.get(r.nextInt(20));
            Section s = new Section(String.format("s%012d", i), parent, (i + 1) * 1024L, "Section " + i + " 可扩展性", t, t);
            Files.write(dir.resolve("sections").resolve(s.id() + ".json"), codec.encodeSection(s, null));
            sectionIds.add(s.id());
        }
        String[] words = "the cache shard latency team conflict deadline customer 可扩展性 可用性 design review"
                .split(" ");
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0, n = 50 + r.nextInt(250); w < n; w++) {
                body.append(words[r.nextInt(words.length)]).append(w % 17 == 16 ? ".\n" : " ");
            }
            Kind kind = Kind.values()[i % Kind.values().length];
            Star star = kind == Kind.STORY ? new Star("situation " + i, "task", "action " + body.length(), "result")
                    : Star.EMPTY;
            Note n = new Note(String.format("n%012d", i), sectionIds.get(r.nextInt(sectionIds.size())), (i + 1) * 1024L,
                    kind, "Note " + i + " about " + words[i % words.length], body.toString(),
                    List.of("tag" + i % 30, "acme"), List.of("Cue" + i % 7), star, List.of(), i % 6, t, t);
            Files.write(dir.resolve("notes").resolve(n.id() + ".json"), codec.encodeNote(n, null));
        }
    }
}
