package org.prepdesk.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.Workspace;

/** An import that fails or is cancelled half-way takes back what it wrote; progress is reported as it goes. */
class AllOrNothingTest {
    @TempDir
    Path dir;

    private final OutlineImporter importer = new OutlineImporter();

    /** Fails the {@code failAt}-th write (and, when {@code forever}, every write after it) with "no space left". */
    static final class FailingOps implements FileOps {
        final AtomicInteger writes = new AtomicInteger();
        volatile int failAt = Integer.MAX_VALUE;
        volatile boolean forever;

        @Override
        public void writeAndSync(Path tmp, byte[] data) throws IOException {
            int n = writes.incrementAndGet();
            if (n == failAt || forever && n > failAt) {
                throw new IOException("No space left on device");
            }
            FileOps.DISK.writeAndSync(tmp, data);
        }

        @Override
        public void rename(Path tmp, Path target) throws IOException {
            FileOps.DISK.rename(tmp, target);
        }

        @Override
        public void syncDirectory(Path d) throws IOException {
            FileOps.DISK.syncDirectory(d);
        }
    }

    @Test
    void aWriteFailingHalfWayLeavesNothingImported() {
        Path root = dir.resolve("ws");
        Workspace.create(root, "t").close();
        FailingOps ops = new FailingOps();
        OutlinePlan plan = importer.plan(Samples.sample());
        try (Workspace ws = Workspace.open(root, Workspace.Access.WRITE, ops, Clock.systemUTC(), "command")) {
            ws.createNote(ws.createSection(null, "Existing").id(), Note.draft(Kind.NOTE, "keep me"));
            ops.failAt = ops.writes.get() + 20;
            assertThatThrownBy(() -> importer.write(ws, List.of(plan), List.of("Imports", "2026"), null))
                    .isInstanceOf(OutlineException.class)
                    .hasMessageContaining("no space left").hasMessageContaining("moved to the trash")
                    .hasMessageEndingWith("so nothing was imported");
        }
        try (Workspace again = Workspace.open(root, Workspace.Access.READ)) {
            assertThat(again.sections()).extracting(s -> s.title()).containsExactly("Existing");
            assertThat(again.notes()).extracting(Note::title).containsExactly("keep me");
            assertThat(again.trash()).extracting(t -> t.title()).containsExactly("Imports");
        }
    }

    @Test
    void whenTakingBackFailsTooTheMessageSaysWhatToRemove() {
        Path root = dir.resolve("ws");
        Workspace.create(root, "t").close();
        FailingOps ops = new FailingOps();
        try (Workspace ws = Workspace.open(root, Workspace.Access.WRITE, ops, Clock.systemUTC(), "command")) {
            ops.failAt = 5;
            ops.forever = true;
            assertThatThrownBy(() -> importer.write(ws, List.of(importer.plan(Samples.sample())), List.of(), null))
                    .isInstanceOf(OutlineException.class)
                    .hasMessageContaining("could not be taken back").hasMessageContaining("onsite-prep-outline");
        }
    }

    @Test
    void cancellingStopsAndTakesBackWhatWasWritten() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "t")) {
            List<int[]> seen = new ArrayList<>();
            ImportProgress cancelAfterTen = new ImportProgress() {
                @Override
                public void written(int done, int total) {
                    seen.add(new int[] {done, total});
                }

                @Override
                public boolean cancelled() {
                    return seen.size() >= 10;
                }
            };
            assertThatThrownBy(() -> importer.write(ws, List.of(importer.plan(Samples.sample())), List.of(), cancelAfterTen))
                    .isInstanceOf(OutlineException.class).hasMessageStartingWith("import failed: the import was cancelled");
            assertThat(ws.sections()).isEmpty();
            assertThat(ws.notes()).isEmpty();
            assertThat(seen).hasSize(10).allMatch(p -> p[1] == 45);
        }
    }

    @Test
    void progressCountsEverySectionAndNote() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "t")) {
            AtomicInteger calls = new AtomicInteger();
            AtomicInteger last = new AtomicInteger(0);
            importer.write(ws, List.of(importer.plan(Samples.sample())), List.of(), (done, total) -> {
                calls.incrementAndGet();
                assertThat(done).isEqualTo(last.get() + 1).isLessThanOrEqualTo(total);
                last.set(done);
            });
            assertThat(calls.get()).isEqualTo(ws.sections().size() + ws.noteCount());
            assertThat(last.get()).isEqualTo(calls.get());
        }
    }
}
