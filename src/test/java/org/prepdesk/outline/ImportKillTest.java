package org.prepdesk.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.search.SearchFixtures;
import org.prepdesk.store.ChildJvm;
import org.prepdesk.store.Problem;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/**
 * SIGKILLs a child JVM at random moments while it imports three outlines into a workspace; after
 * every kill the workspace, opened for writing, holds either nothing of the import (what it had
 * written is in the trash, and a problem says so) or all of it. Never a half import.
 * {@code -Dprepdesk.crash.importKills=N} for more kills than the default 20.
 */
@Tag("slow")
class ImportKillTest {
    @TempDir
    Path dir;

    private static final List<String> OUTLINES = List.of("onsite-prep-outline.txt", "contoso-phone-screen.txt", "northwind-loop.md");

    @Test
    void anImportKilledAtAnyMomentLeavesAllOfItOrNothing() throws Exception {
        int kills = Integer.getInteger("prepdesk.crash.importKills", 20);
        long seed = Long.getLong("prepdesk.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        long t0 = System.nanoTime();

        Path baseline = dir.resolve("baseline");
        try (Workspace ws = Workspace.create(baseline, "kills")) {
            Section earlier = ws.createSection(null, "Imported");
            ws.createNote(earlier.id(), Note.draft(org.prepdesk.model.Kind.NOTE, "From an earlier import").withBody("kept"));
            ws.createSection(null, "Mine");
        }
        List<String> before = content(baseline);
        Path complete = SearchFixtures.copyWithoutIndex(baseline, dir.resolve("complete"));
        List<Path> files = OUTLINES.stream().map(Samples::resource).toList();
        int total;
        try (Workspace ws = Workspace.open(complete, Workspace.Access.WRITE)) {
            OutlineImporter importer = new OutlineImporter();
            List<OutlinePlan> plans = files.stream().map(importer::plan).toList();
            total = plans.stream().mapToInt(p -> p.counts().sections() + p.counts().notes()).sum();
            importer.write(ws, plans, List.of("Imported"), ImportProgress.NONE);
        }
        List<String> all = content(complete);
        assertThat(all).hasSizeGreaterThan(before.size() + 50);

        int nothing = 0;
        int whole = 0;
        int midImport = 0;
        ChildJvm child = startChild(SearchFixtures.copyWithoutIndex(baseline, dir.resolve("k0")), files);
        for (int k = 0; k < kills; k++) {
            Path ws = dir.resolve("k" + k);
            child.send("GO");
            List<String> seen = new ArrayList<>();
            Thread reader = drain(child, seen);
            // the import takes about half a second here: most kills land in it, some before or after
            Thread.sleep(random.nextInt(900));
            child.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            reader.join(10_000);
            String last;
            synchronized (seen) {
                last = seen.isEmpty() ? null : seen.get(seen.size() - 1);
            }
            if (last != null && last.startsWith("W ")) {
                midImport++;
            }
            ChildJvm next = k + 1 < kills ? startChild(SearchFixtures.copyWithoutIndex(baseline, dir.resolve("k" + (k + 1))), files) : null;
            boolean markerLeft = Files.exists(ws.resolve(WorkspaceLayout.IMPORT_JOURNAL));
            List<Problem> problems;
            try (Workspace w = Workspace.open(ws, Workspace.Access.WRITE)) {
                problems = w.problems();
            }
            List<String> after = content(ws);
            assertThat(after).as("kill %d after %s: all of the import or nothing", k, last).isIn(before, all);
            assertThat(Files.exists(ws.resolve(WorkspaceLayout.IMPORT_JOURNAL))).as("the marker is gone after recovery").isFalse();
            if (after.equals(before)) {
                nothing++;
            } else {
                whole++;
            }
            if (markerLeft) {
                assertThat(problems).as("kill %d: an interrupted import is reported", k).singleElement()
                        .satisfies(p -> assertThat(p.reason()).startsWith("an import was cut off before it finished"));
            } else {
                assertThat(problems).isEmpty();
            }
            child.close();
            child = next;
        }
        String summary = String.format("import kill test: %d kills (%d with the import half-way, of %d writes), "
                + "%d left nothing of it, %d all of it, 0 half imports; seed %d; %d s",
                kills, midImport, total, nothing, whole, seed, (System.nanoTime() - t0) / 1_000_000_000L);
        System.out.println(summary);
        Files.writeString(Path.of("target", "import-kill-test-result.txt"), summary + "\n");
    }

    /** What the workspace holds, without ids: every section path and every note with all its fields. */
    static List<String> content(Path ws) {
        try (Workspace w = Workspace.open(ws, Workspace.Access.READ)) {
            List<String> out = new ArrayList<>();
            for (Section s : w.sectionsInTreeOrder()) {
                out.add("section " + w.sectionPath(s.id()));
            }
            for (Note n : w.notesInTreeOrder()) {
                List<String> links = n.links().stream().map(id -> w.note(id).map(Note::title).orElse("?" + id)).toList();
                out.add("note " + w.sectionPath(n.sectionId()) + " | " + n.kind() + " | " + n.title() + " | " + n.body()
                        + " | " + n.cues() + " | " + n.star() + " | " + n.tags() + " | " + links + " | " + n.confidence());
            }
            return out;
        }
    }

    private static ChildJvm startChild(Path ws, List<Path> files) throws IOException {
        List<String> args = new ArrayList<>();
        args.add(ws.toString());
        files.forEach(f -> args.add(f.toString()));
        ChildJvm c = ChildJvm.start(ImportChildMain.class, args.toArray(String[]::new));
        assertThat(c.readLine()).startsWith("READY");
        return c;
    }

    private static Thread drain(ChildJvm child, List<String> seen) {
        Thread t = new Thread(() -> {
            try {
                for (String line; (line = child.readLine()) != null; ) {
                    synchronized (seen) {
                        seen.add(line);
                    }
                }
            } catch (IOException e) {
                // killed
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

}
