package org.prepdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;
import org.prepdesk.store.JsonCodec;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/** Seeded workspaces, fresh-build comparisons and fixed query lists for the index reliability tests. */
public final class SearchFixtures {
    /** Queries covering words, stems, prefixes, phrases, exclusions, OR, fields and CJK. */
    static final List<String> QUERIES = List.of("cache", "latency budget", "migra", "\"error budget\"",
            "kind:story", "tag:sql", "cache -latency", "team OR rollback", "title:outage", "可用性", "shard ",
            "section:\"Systems\"", "p99 queue");

    private static final String[] WORDS = {"cache", "latency", "error", "budget", "migration", "rollback",
        "team", "outage", "shard", "queue", "p99", "owner", "deadline", "customer", "metrics", "可用性", "扩展",
        "incident", "review", "design", "tradeoff", "cost", "index", "replica", "pager"};
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] TAGS = {"sql", "infra", "people", "scale"};

    private SearchFixtures() {
    }

    /** Creates a workspace of {@code notes} seeded notes in three sections and closes it. */
    static Path seededWorkspace(Path dir, int notes, long seed) {
        Random r = new Random(seed);
        try (Workspace ws = Workspace.create(dir, "seeded")) {
            Section top = ws.createSection(null, "Systems");
            List<Section> sections = List.of(top, ws.createSection(top.id(), "Storage"),
                    ws.createSection(null, "People 团队"));
            Kind[] kinds = Kind.values();
            JsonCodec codec = new JsonCodec();
            for (int i = 0; i < notes; i++) {
                String title = words(r, 2 + r.nextInt(3)) + " " + i;
                // Written as files (as git or a sync tool would), not through createNote: thousands of
                // fsyncs cost seconds on a busy machine, and only the files matter to the index.
                Note n = new Note(String.format("n%012d", i), sections.get(r.nextInt(sections.size())).id(), 1024L * (i + 1),
                        kinds[r.nextInt(kinds.length)], title, words(r, 10 + r.nextInt(40)),
                        List.of(TAGS[r.nextInt(TAGS.length)]), List.of(), Star.EMPTY, List.of(), r.nextInt(6), CREATED, null);
                Files.write(dir.resolve(WorkspaceLayout.NOTES).resolve(n.id() + ".json"), codec.encodeNote(n, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(r.nextInt(8) == 0 ? ". " : " ");
            }
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    /** Copies a workspace's JSON files (not {@code .prepdesk}) into {@code to}. */
    public static Path copyWithoutIndex(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path rel = from.relativize(f);
                if (rel.startsWith(WorkspaceLayout.RUNTIME)) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    private static final int LIMIT = 1000;

    /**
     * For each query, the hits in order as "score id". Hits of exactly equal score come in the order of
     * the documents in the index, which depends on the order the notes were read from disk (a hash map),
     * not on anything the user sees; so within a run of equal scores the ids are sorted by id here.
     */
    static Map<String, List<String>> results(NoteIndex index) {
        index.awaitPending();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String q : QUERIES) {
            List<SearchHit> hits = new ArrayList<>(index.search(q, LIMIT).hits());
            hits.sort(java.util.Comparator.comparingDouble((SearchHit h) -> -h.score()).thenComparing(SearchHit::id));
            if (hits.size() == LIMIT) {
                // cut at the limit: which of the hits tied with the last one made it in depends on that order too
                float cut = hits.get(LIMIT - 1).score();
                hits.removeIf(h -> h.score() == cut);
            }
            List<String> ids = new ArrayList<>();
            hits.forEach(h -> ids.add(h.score() + " " + h.id()));
            out.put(q, ids);
        }
        return out;
    }

    /** The results of an index built from scratch on a copy of the workspace's files in {@code scratch}. */
    static Map<String, List<String>> freshBuildResults(Path workspace, Path scratch) throws IOException {
        Path copy = copyWithoutIndex(workspace, scratch);
        try (Workspace ws = Workspace.open(copy, Workspace.Access.WRITE); NoteIndex index = NoteIndex.open(ws, IndexProgress.NONE)) {
            return results(index);
        }
    }
}
