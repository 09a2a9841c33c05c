package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/** search, reindex and bench as DESIGN §6 describes them. */
class SearchCommandsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PrepDeskCli.run(args, p -> 2, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    Path workspaceWithNotes() {
        Path ws = dir.resolve("ws");
        try (Workspace w = Workspace.create(ws, "cli")) {
            Section s = w.createSection(null, "System design");
            Section sub = w.createSection(s.id(), "Availability 可用性");
            w.createNote(sub.id(), Note.draft(Kind.STORY, "Caching the catalogue").withBody("We cached hot keys in Redis.")
                    .withTags(List.of("acme")));
            w.createNote(s.id(), Note.draft(Kind.QUESTION, "How do you scale reads?").withBody("Replicas and caches."));
        }
        return ws;
    }

    @Test
    void searchJsonGivesTheStableKeys() throws Exception {
        Path ws = workspaceWithNotes();
        Run r = run("search", "--workspace", ws.toString(), "--json", "caching");
        assertThat(r.exit()).isZero();
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertThat(a.isArray()).isTrue();
        assertThat(a).hasSize(2);
        JsonNode first = a.get(0);
        assertThat(first.fieldNames()).toIterable().contains("id", "title", "kind", "section", "tags", "score", "snippet");
        assertThat(first.get("title").asText()).isEqualTo("Caching the catalogue");
        assertThat(first.get("kind").asText()).isEqualTo("story");
        assertThat(first.get("section").asText()).isEqualTo("System design / Availability 可用性");
        assertThat(first.get("tags").get(0).asText()).isEqualTo("acme");
        assertThat(first.get("snippet").asText()).contains("cached");
        assertThat(Files.isDirectory(ws.resolve(WorkspaceLayout.INDEX))).as("the on-disk index was built").isTrue();
    }

    @Test
    void searchWithNoHitsPrintsAnEmptyArrayAndSucceeds() {
        Path ws = workspaceWithNotes();
        Run r = run("search", "--workspace", ws.toString(), "--json", "zzzzqqqq");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("[]");
    }

    @Test
    void searchLimitAndTextOutput() {
        Path ws = workspaceWithNotes();
        Run r = run("search", "--workspace", ws.toString(), "--limit", "1", "cach");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Caching the catalogue").contains("1 of 2 matching notes").contains("[");
        assertThat(run("search", "--workspace", ws.toString(), "--limit", "0", "x").exit()).isEqualTo(2);
    }

    @Test
    void searchWorksWhileAWindowHoldsTheWorkspace() throws Exception {
        Path ws = workspaceWithNotes();
        assertThat(run("reindex", "--workspace", ws.toString()).exit()).isZero();
        try (Workspace window = Workspace.open(ws, Workspace.Access.WRITE, org.prepdesk.store.FileOps.DISK,
                java.time.Clock.systemUTC(), "window");
             var index = org.prepdesk.search.NoteIndex.open(window, org.prepdesk.search.IndexProgress.NONE)) {
            Run r = run("search", "--workspace", ws.toString(), "--json", "replicas");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(new ObjectMapper().readTree(r.out()).get(0).get("title").asText()).isEqualTo("How do you scale reads?");
            // a note saved by the window but not yet committed is still found (in-memory fallback)
            Section s = window.sections().get(0);
            window.createNote(s.id(), Note.draft(Kind.NOTE, "Fresh note").withBody("Written a moment ago."));
            Run fresh = run("search", "--workspace", ws.toString(), "--json", "moment");
            assertThat(new ObjectMapper().readTree(fresh.out()).get(0).get("title").asText()).isEqualTo("Fresh note");
            Run reindex = run("reindex", "--workspace", ws.toString());
            assertThat(reindex.exit()).isEqualTo(2);
            assertThat(reindex.err()).contains("is open in").doesNotContain("Exception");
        }
    }

    @Test
    void aMinusWordAfterTheOptionsIsPartOfTheQueryNotAnOption() throws Exception {
        Path ws = workspaceWithNotes();
        Run both = run("search", "--workspace", ws.toString(), "--json", "caches");
        assertThat(titles(both)).contains("How do you scale reads?");
        Run excluded = run("search", "--workspace", ws.toString(), "--json", "caches", "-kind:question");
        assertThat(excluded.exit()).as(excluded.err()).isZero();
        assertThat(titles(excluded)).doesNotContain("How do you scale reads?").contains("Caching the catalogue");
        // -w and -h are short options: a query word that merely starts with them is still a word
        Run word = run("search", "--workspace", ws.toString(), "--json", "-replicas", "caches");
        assertThat(word.exit()).as(word.err()).isZero();
        assertThat(titles(word)).containsExactly("Caching the catalogue");
        Run hot = run("search", "--workspace", ws.toString(), "caches", "-hot");
        assertThat(hot.exit()).as(hot.err()).isZero();
        assertThat(titles(run("search", "--workspace", ws.toString(), "--json", "caches", "-word")))
                .contains("How do you scale reads?");
    }

    @Test
    void doubleDashStillEndsTheOptions() throws Exception {
        Path ws = workspaceWithNotes();
        Run r = run("search", "--workspace", ws.toString(), "--json", "--", "-kind:question", "caches");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(titles(r)).containsExactly("Caching the catalogue");
        Run asWord = run("search", "--workspace", ws.toString(), "--json", "--", "--limit");
        assertThat(asWord.exit()).as(asWord.err()).isZero();
    }

    @Test
    void anUnknownDoubleDashOptionIsStillRefused() {
        Path ws = workspaceWithNotes();
        assertThat(run("search", "--workspace", ws.toString(), "--jsn", "caches").exit()).isEqualTo(2);
    }

    private static List<String> titles(Run r) throws Exception {
        List<String> titles = new java.util.ArrayList<>();
        new ObjectMapper().readTree(r.out()).forEach(h -> titles.add(h.get("title").asText()));
        return titles;
    }

    @Test
    void reindexRebuildsADeletedIndex() {
        Path ws = workspaceWithNotes();
        Run r = run("reindex", "--workspace", ws.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Indexed 2 notes");
        assertThat(run("search", "--workspace", ws.toString(), "--json", "redis").out()).contains("Caching the catalogue");
    }

    @Test
    void badInputGivesExitTwoAndOneLine() {
        Run missing = run("search", "--workspace", dir.resolve("nope").toString(), "x");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip().lines().count()).isEqualTo(1);
        assertThat(run("search", "--workspace", workspaceWithNotes().toString()).exit()).isEqualTo(2);
        assertThat(run("reindex", "--workspace", dir.resolve("nope").toString()).exit()).isEqualTo(2);
    }

    @Test
    void hostileQueriesNeverFail() {
        Path ws = workspaceWithNotes();
        for (String q : List.of("\"", "-", "OR", "title:", "kind:", "((", "*", "可", "\\", "a".repeat(5000))) {
            Run r = run("search", "--workspace", ws.toString(), "--json", q);
            assertThat(r.exit()).as(q).isZero();
            assertThat(r.out().strip()).startsWith("[");
        }
    }

    @Test
    void benchKeepsASmallWorkspaceAndPrintsTheJsonKeys() throws Exception {
        Path keep = dir.resolve("bench");
        Run r = run("bench", "--notes", "60", "--queries", "3", "--keep", keep.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertThat(o.fieldNames()).toIterable().containsExactly("writeSeconds", "rebuildSeconds", "openMillis", "heapMB",
                "saveVisibleMillis", "queries", "linearScanMillis", "speedupVsLinear");
        assertThat(o.get("queries").fieldNames()).toIterable().containsExactly("term", "prefix", "phrase", "field", "cjk", "multi");
        assertThat(o.get("queries").get("cjk").fieldNames()).toIterable().containsExactly("p50", "p95", "p99");
        try (Workspace w = Workspace.open(keep, Workspace.Access.READ)) {
            assertThat(w.noteCount()).isEqualTo(60);
            assertThat(w.notes().stream().filter(n -> n.body().contains("。")).count()).isBetween(1L, 20L);
        }
        Path queries = dir.resolve("queries.txt");
        Files.writeString(queries, "team\n\"the team\"\n可用性\n");
        Run f = run("bench", "--workspace", keep.toString(), "--query-file", queries.toString(), "--json");
        assertThat(f.exit()).as(f.err()).isZero();
        JsonNode fo = new ObjectMapper().readTree(f.out());
        assertThat(fo.get("queries").get("file").get("count").asInt()).isEqualTo(3);
        assertThat(fo.has("openMillis")).isTrue();
    }

    @Test
    void theSyntheticWorkspaceIsTheSameForTheSameSeed() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        new org.prepdesk.search.bench.SyntheticWorkspace().write(a, 40, 7, org.prepdesk.search.IndexProgress.NONE);
        new org.prepdesk.search.bench.SyntheticWorkspace().write(b, 40, 7, org.prepdesk.search.IndexProgress.NONE);
        Path note = a.resolve("notes").resolve("n000000000017.json");
        assertThat(Files.readString(note)).isEqualTo(Files.readString(b.resolve("notes").resolve("n000000000017.json")));
    }
}
