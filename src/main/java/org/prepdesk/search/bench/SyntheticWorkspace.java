package org.prepdesk.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;
import org.prepdesk.search.IndexProgress;
import org.prepdesk.store.AtomicFiles;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.JsonCodec;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/**
 * A deterministic prep workspace of any size for benchmarks and window tests: a tree of sections, notes
 * of every kind with 50–400 words (most short, a few long, as real notes are), tags and cues, STAR
 * fields on stories, and Chinese text in about one note in ten. The same seed gives the same files.
 *
 * <p>Files are written with the store's own codec and atomic-write code, minus the fsync (a throwaway
 * benchmark workspace does not need to survive a power cut, and 100,000 fsyncs would measure the disk).
 * Notes are written on every core. Not thread-safe; use one instance per workspace.
 */
public final class SyntheticWorkspace {
    public static final long DEFAULT_SEED = 20261128L;
    private static final Instant EPOCH = Instant.parse("2026-01-01T09:00:00Z");

    /** Writes without fsync: same temp-file-and-rename steps as the store. */
    private static final FileOps NO_SYNC = new FileOps() {
        @Override
        public void writeAndSync(Path tmp, byte[] data) throws IOException {
            Files.write(tmp, data);
        }

        @Override
        public void rename(Path tmp, Path target) throws IOException {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void syncDirectory(Path dir) {
            // not needed for a throwaway workspace
        }
    };

    private static final String[] TAGS = {"acme", "globex", "initech", "umbrella", "hooli", "hm-round", "system-design",
        "behavioral", "coding", "leadership", "onsite", "phone-screen", "bar-raiser", "culture", "manager", "staff",
        "backend", "frontend", "data", "infra", "security", "mobile", "ml", "product", "conflict", "failure",
        "growth", "impact", "ownership", "deep-dive"};

    private static final String[] TOP_SECTIONS = {"Deep dive: current company", "Deep dive: previous company",
        "System design", "Behavioral", "Leadership", "Questions for them", "Coding", "Availability 可用性",
        "Scalability 可扩展性", "Projects 项目", "Conflict", "Failures and lessons", "Career story", "Culture fit"};

    private final Vocabulary vocab = new Vocabulary();
    private final JsonCodec codec = new JsonCodec();
    private final AtomicFiles files = new AtomicFiles(NO_SYNC);

    /** What was written. */
    public record Written(int notes, int sections, double seconds) {
    }

    /**
     * Creates a workspace in {@code dir} (new or empty) with {@code noteCount} notes.
     */
    public Written write(Path dir, int noteCount, long seed, IndexProgress progress) throws IOException {
        long t0 = System.nanoTime();
        Workspace.create(dir, "Synthetic benchmark workspace").close();
        Random random = new Random(seed);
        List<Section> sections = sections(Math.max(6, noteCount / 40), random);
        Path sectionDir = dir.resolve(WorkspaceLayout.SECTIONS);
        for (Section s : sections) {
            files.write(sectionDir.resolve(s.id() + ".json"), codec.encodeSection(s, null));
        }
        Path noteDir = dir.resolve(WorkspaceLayout.NOTES);
        AtomicInteger done = new AtomicInteger();
        try {
            IntStream.range(0, noteCount).parallel().forEach(i -> {
                Note n = note(i, seed, sections);
                try {
                    files.write(noteDir.resolve(n.id() + ".json"), codec.encodeNote(n, null));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                int d = done.incrementAndGet();
                if (d % 5000 == 0) {
                    progress.progress(d, noteCount, "Writing notes");
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Written(noteCount, sections.size(), (System.nanoTime() - t0) / 1e9);
    }

    private List<Section> sections(int count, Random random) {
        List<Section> out = new ArrayList<>();
        int top = Math.min(TOP_SECTIONS.length, Math.max(3, count / 8));
        for (int i = 0; i < top; i++) {
            Instant at = EPOCH.plusSeconds(i);
            out.add(new Section(String.format("s%012d", i), null, (i + 1) * 1024L, TOP_SECTIONS[i], at, at));
        }
        for (int i = top; i < count; i++) {
            Section parent = out.get(random.nextInt(Math.min(out.size(), top * 3)));
            String title = capitalise(vocab.word(random)) + " " + vocab.word(random)
                    + (random.nextInt(8) == 0 ? " " + vocab.chineseWord(random) : "");
            Instant at = EPOCH.plusSeconds(i);
            out.add(new Section(String.format("s%012d", i), parent.id(), (i + 1) * 1024L, title, at, at));
        }
        return out;
    }

    /** Note {@code i}: its content depends only on the seed and {@code i}, so notes can be made in parallel. */
    Note note(int i, long seed, List<Section> sections) {
        Random r = new Random(seed * 31 + i * 0x9E3779B97F4A7C15L);
        Section section = sections.get(r.nextInt(sections.size()));
        int words = 50 + (int) (350 * Math.pow(r.nextDouble(), 1.6));
        boolean chinese = r.nextInt(10) == 0;
        int roll = r.nextInt(100);
        Kind kind = roll < 25 ? Kind.STORY : roll < 55 ? Kind.TALKING_POINT : roll < 75 ? Kind.QUESTION
                : roll < 85 ? Kind.ASK : Kind.NOTE;
        String title = switch (kind) {
            case QUESTION -> "How did you handle " + vocab.word(r) + " " + vocab.word(r) + "?";
            case ASK -> "What does the team think about " + vocab.word(r) + "?";
            default -> capitalise(vocab.word(r)) + " " + vocab.word(r) + " " + vocab.word(r);
        };
        if (chinese && r.nextBoolean()) {
            title = title + " " + vocab.chineseWord(r);
        }
        List<String> tags = new ArrayList<>();
        for (int t = r.nextInt(4); t > 0; t--) {
            tags.add(TAGS[r.nextInt(TAGS.length)]);
        }
        List<String> cues = new ArrayList<>();
        if (kind == Kind.TALKING_POINT) {
            for (int c = 1 + r.nextInt(3); c > 0; c--) {
                cues.add(capitalise(vocab.word(r)));
            }
        }
        Star star = Star.EMPTY;
        String body;
        if (kind == Kind.STORY) {
            int quarter = Math.max(10, words / 4);
            star = new Star(vocab.prose(r, quarter), r.nextInt(4) == 0 ? "" : vocab.prose(r, quarter / 2),
                    vocab.prose(r, quarter), vocab.prose(r, quarter / 2));
            body = vocab.prose(r, Math.max(10, words - 3 * quarter));
        } else {
            body = vocab.prose(r, words);
        }
        if (chinese) {
            body = body + "\n\n" + vocab.chineseProse(r, 2 + r.nextInt(4));
        }
        Instant created = EPOCH.plusSeconds(3600L + i * 37L);
        String id = String.format("n%012d", i);
        return new Note(id, section.id(), (i + 1) * 1024L, kind, title, body, tags, cues, star, List.of(),
                r.nextInt(6), created, created.plusSeconds(r.nextInt(100_000)));
    }

    public Vocabulary vocabulary() {
        return vocab;
    }

    static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
