package org.prepdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/** The index on a real workspace folder and a real on-disk Lucene index. */
class NoteIndexTest {
    @TempDir
    Path dir;

    Workspace ws;
    NoteIndex index;
    Section general;
    Section availability;

    @BeforeEach
    void createWorkspace() {
        ws = Workspace.create(dir.resolve("ws"), "test");
        general = ws.createSection(null, "Deep dive: Acme");
        availability = ws.createSection(general.id(), "Availability 可用性");
    }

    @AfterEach
    void closeAll() {
        if (index != null) {
            index.close();
        }
        ws.close();
    }

    Note add(Section s, Kind kind, String title, String body, String... tags) {
        return ws.createNote(s.id(), Note.draft(kind, title).withBody(body).withTags(List.of(tags)));
    }

    NoteIndex openIndex() throws IOException {
        index = NoteIndex.open(ws, IndexProgress.NONE);
        return index;
    }

    List<String> titles(String query) {
        index.awaitPending();
        return index.search(query, 20).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() throws IOException {
        add(general, Kind.TALKING_POINT, "Caching layer", "We cache hot keys.");
        add(general, Kind.NOTE, "Unrelated", "Nothing about it here.");
        openIndex();
        assertThat(titles("cached ")).containsExactly("Caching layer");
        assertThat(titles("caches ")).containsExactly("Caching layer");
    }

    @Test
    void saysWhenTheNumberOfMatchesIsOnlyALowerBound() throws IOException {
        for (int i = 0; i < 1100; i++) {
            add(general, Kind.NOTE, "Retro " + i, "A retrospective about the launch" + " and more".repeat(i % 7) + ".");
        }
        add(general, Kind.NOTE, "Single", "A unique zebra.");
        openIndex().awaitPending();

        SearchResult many = index.search("retrospective", 20);
        assertThat(many.totalIsExact()).isFalse();
        assertThat(many.totalHits()).isBetween(1000L, 1100L);
        SearchResult one = index.search("zebra", 20);
        assertThat(one.totalIsExact()).isTrue();
        assertThat(one.totalHits()).isEqualTo(1);
    }

    @Test
    void theLastWordIsAlsoAPrefixWhileTyping() throws IOException {
        add(general, Kind.STORY, "Migration", "We migrated the inventory service to Kubernetes.");
        add(general, Kind.NOTE, "Other", "Invoices and payments.");
        openIndex();
        assertThat(titles("inventory kuber")).containsExactly("Migration");
        assertThat(titles("migrati")).containsExactly("Migration");
        assertThat(titles("kuber ")).as("a finished word is not a prefix").isEmpty();
        assertThat(titles("k")).as("one letter is too short to be a prefix").isEmpty();
    }

    @Test
    void quotedWordsMatchOnlyAsAPhrase() throws IOException {
        add(general, Kind.NOTE, "Together", "The on call rotation was painful.");
        add(general, Kind.NOTE, "Apart", "The rotation on the call was painful.");
        openIndex();
        assertThat(titles("\"on call rotation\"")).containsExactly("Together");
        assertThat(titles("rotation call ")).containsExactlyInAnyOrder("Together", "Apart");
    }

    @Test
    void aPhraseOfCommonWordsMatchesOnlyThoseWordsSideBySide() throws IOException {
        add(general, Kind.NOTE, "Side by side", "We moved on to the next region.");
        add(general, Kind.NOTE, "Reversed", "The next step to on-board them.");
        add(general, Kind.NOTE, "Apart", "We went on, and then to the next one.");
        add(general, Kind.NOTE, "In the title", "Nothing here.");
        ws.updateNote(ws.notes().stream().filter(n -> n.title().equals("In the title")).findFirst().orElseThrow()
                .withTitle("Hand it on to support"));
        openIndex();
        assertThat(titles("\"on to\"")).containsExactlyInAnyOrder("Side by side", "Hand it on to support");
        assertThat(titles("\"moved on to the\"")).containsExactly("Side by side");
        assertThat(titles("\"was on to\"")).as("every word of a longer phrase still counts").isEmpty();
        assertThat(titles("\"to on\"")).containsExactly("Reversed");
    }

    @Test
    void eachFieldPrefixSearchesItsField() throws IOException {
        Note story = ws.createNote(general.id(), Note.draft(Kind.STORY, "Outage story").withTags(List.of("acme", "hm-round"))
                .withCues(List.of("Pager fatigue")).withStar(new Star("database outage", "restore service",
                        "failover replica", "latency halved")));
        add(availability, Kind.QUESTION, "How do you handle failure?", "Talk about the database outage.", "google");
        add(general, Kind.ASK, "What does on call look like?", "", "acme");
        openIndex();
        assertThat(titles("tag:hm-round ")).containsExactly(story.title());
        assertThat(titles("tag:google ")).containsExactly("How do you handle failure?");
        assertThat(titles("kind:ask ")).containsExactly("What does on call look like?");
        assertThat(titles("kind:story ")).containsExactly("Outage story");
        assertThat(titles("section:可用性 ")).containsExactly("How do you handle failure?");
        assertThat(titles("title:outage ")).containsExactly("Outage story");
        assertThat(titles("situation:outage ")).containsExactly("Outage story");
        assertThat(titles("task:restore ")).containsExactly("Outage story");
        assertThat(titles("action:replica ")).containsExactly("Outage story");
        assertThat(titles("result:latency ")).containsExactly("Outage story");
        assertThat(titles("cue:fatigue ")).containsExactly("Outage story");
        assertThat(titles("body:outage ")).containsExactly("How do you handle failure?");
        assertThat(titles("outage ")).containsExactlyInAnyOrder("Outage story", "How do you handle failure?");
        assertThat(titles("kind:nonsense ")).isEmpty();
    }

    @Test
    void excludedWordsRemoveNotes() throws IOException {
        add(general, Kind.NOTE, "Kafka at Globex", "Queues and kafka consumers.");
        add(general, Kind.NOTE, "Kafka at Initech", "Kafka with schemas.");
        openIndex();
        assertThat(titles("kafka -globex")).containsExactly("Kafka at Initech");
        assertThat(titles("-consumers")).containsExactly("Kafka at Initech");
    }

    @Test
    void orJoinsAlternatives() throws IOException {
        add(general, Kind.NOTE, "Redis", "An in-memory store.");
        add(general, Kind.NOTE, "Memcached", "A cache server.");
        add(general, Kind.NOTE, "Postgres", "A relational database.");
        openIndex();
        assertThat(titles("redis OR memcached ")).containsExactlyInAnyOrder("Redis", "Memcached");
        assertThat(titles("redis memcached ")).isEmpty();
    }

    @Test
    void aTitleHitRanksAboveABodyHit() throws IOException {
        add(general, Kind.NOTE, "Notes on many things", "Somewhere in here we mention sharding once, among other words.");
        add(general, Kind.NOTE, "Sharding", "How we split the data.");
        openIndex();
        assertThat(titles("sharding ")).containsExactly("Sharding", "Notes on many things");
    }

    @Test
    void aCjkWordMatchesOnlyWhereItsCharactersStandTogether() throws IOException {
        add(general, Kind.TALKING_POINT, "Scalability 可扩展性", "系统的可扩展性很重要。");
        add(general, Kind.NOTE, "Decoy", "可以扩大团队，展示性能。");   // 可 扩 展 性 all present, never together
        add(general, Kind.NOTE, "Availability", "高可用性是目标。");
        openIndex();
        assertThat(titles("可扩展性")).containsExactly("Scalability 可扩展性");
        assertThat(titles("scalability")).containsExactly("Scalability 可扩展性");
        assertThat(titles("可用性")).containsExactly("Availability");
        assertThat(titles("Scalability 可扩展性")).containsExactly("Scalability 可扩展性");
    }

    @Test
    void hitsCarrySnippetsWithMarksAndTheOffsetsOfTheMatch() throws IOException {
        String body = "First we measured.\nThen the p99 latency dropped by half after caching the catalogue.";
        Note n = add(availability, Kind.STORY, "Latency win", body, "acme");
        openIndex();
        SearchResult r = index.search("latency", 20);
        assertThat(r.hits()).hasSize(1);
        SearchHit h = r.hits().get(0);
        assertThat(h.id()).isEqualTo(n.id());
        assertThat(h.section()).isEqualTo("Deep dive: Acme / Availability 可用性");
        assertThat(h.kind()).isEqualTo(Kind.STORY);
        assertThat(h.tags()).containsExactly("acme");
        assertThat(h.snippet()).doesNotContain("\n").contains("latency");
        assertThat(h.snippetMarks()).isNotEmpty();
        SearchHit.Span mark = h.snippetMarks().get(0);
        assertThat(h.snippet().substring(mark.start(), mark.end())).isEqualToIgnoringCase("latency");
        SearchHit.FieldSpan inBody = h.hits().stream().filter(f -> f.field().equals("body")).findFirst().orElseThrow();
        assertThat(body.substring(inBody.start(), inBody.end())).isEqualTo("latency");
        SearchHit.FieldSpan inTitle = h.hits().stream().filter(f -> f.field().equals("title")).findFirst().orElseThrow();
        assertThat(n.title().substring(inTitle.start(), inTitle.end())).isEqualTo("Latency");
    }

    @Test
    void aQueryWithATypoFallsBackToTheClosestWords() throws IOException {
        add(general, Kind.NOTE, "Kubernetes migration", "We moved everything to kubernetes.");
        openIndex();
        SearchResult exact = index.search("kubernetes ", 20);
        assertThat(exact.correctedQuery()).isNull();
        SearchResult r = index.search("kuberntes migraton ", 20);
        assertThat(r.hits()).extracting(SearchHit::title).containsExactly("Kubernetes migration");
        assertThat(r.correctedQuery()).isEqualTo("kubernetes migration ");
        assertThat(index.search("zzzzqqq", 20).hits()).isEmpty();
    }

    @Test
    void aSaveIsSearchableWithoutReopening() throws IOException {
        Note n = add(general, Kind.NOTE, "Draft", "nothing yet");
        openIndex();
        assertThat(titles("idempotency ")).isEmpty();
        ws.updateNote(n.withBody("Use idempotency keys."));
        assertThat(titles("idempotency ")).containsExactly("Draft");
        ws.renameSection(general.id(), "Renamed heading");
        assertThat(titles("section:renamed ")).containsExactly("Draft");
        ws.trashNote(n.id());
        assertThat(titles("idempotency ")).isEmpty();
    }

    @Test
    void aDeletedIndexIsRebuiltWithProgress() throws IOException {
        add(general, Kind.NOTE, "Survivor", "Backpressure matters.");
        openIndex().close();
        index = null;
        deleteTree(indexDir());
        List<String> seen = new java.util.ArrayList<>();
        index = NoteIndex.open(ws, (done, total, what) -> seen.add(done + "/" + total));
        assertThat(seen).contains("1/1");
        assertThat(titles("backpressure ")).containsExactly("Survivor");
        assertThat(Files.list(indexDir()).count()).isGreaterThan(1);
    }

    @Test
    void aCorruptedIndexIsRebuilt() throws IOException {
        for (int i = 0; i < 50; i++) {
            add(general, Kind.NOTE, "Note " + i, "Filler words about throughput number " + i + ". ".repeat(20));
        }
        add(general, Kind.NOTE, "Needle", "The only note about backpressure.");
        openIndex().close();
        index = null;
        Path biggest;
        try (Stream<Path> files = Files.list(indexDir())) {
            biggest = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(NoteIndexTest::size)).orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(biggest.toFile(), "rw")) {
            for (long at = raf.length() / 3; at < raf.length() / 3 + 64; at++) {
                raf.seek(at);
                int b = raf.read();
                raf.seek(at);
                raf.write(b ^ 0xFF);
            }
        }
        openIndex();
        index.awaitPending();
        assertThat(titles("backpressure ")).containsExactly("Needle");
        assertThat(index.size()).isEqualTo(51);
    }

    @Test
    void anIndexOfAnotherVersionIsRebuilt() throws IOException {
        add(general, Kind.NOTE, "Kept", "Eventual consistency.");
        openIndex().close();
        // Write a commit claiming another version, as an older PrepDesk would have.
        try (var d = org.apache.lucene.store.FSDirectory.open(indexDir());
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            w.deleteAll();
            w.setLiveCommitData(java.util.Map.of(NoteField.VERSION_KEY, "1").entrySet());
            w.commit();
        }
        openIndex();
        assertThat(titles("consistency ")).containsExactly("Kept");
    }

    @Test
    void openingCatchesUpWithFilesChangedWhileClosed() throws IOException {
        Note edited = add(general, Kind.NOTE, "Edited", "old words");
        Note deleted = add(general, Kind.NOTE, "Deleted", "going away");
        add(general, Kind.NOTE, "Untouched", "stays the same");
        openIndex().close();
        index = null;
        Path root = ws.root();
        Path editedFile = ws.fileOfNote(edited.id());
        Path deletedFile = ws.fileOfNote(deleted.id());
        Path template = ws.fileOfNote(edited.id());
        ws.close();
        // Another editor, a git pull: change one file, delete one, add one.
        String json = Files.readString(editedFile, StandardCharsets.UTF_8);
        Files.writeString(editedFile, json.replace("old words", "brand new vocabulary"), StandardCharsets.UTF_8);
        Files.delete(deletedFile);
        String added = json.replace(edited.id(), "n0addedbyhand").replace("\"Edited\"", "\"Added\"")
                .replace("old words", "arrived by git pull");
        Files.writeString(template.resolveSibling("n0addedbyhand.json"), added, StandardCharsets.UTF_8);
        ws = Workspace.open(root, Workspace.Access.WRITE);
        openIndex();
        assertThat(titles("vocabulary ")).containsExactly("Edited");
        assertThat(titles("old words ")).isEmpty();
        assertThat(titles("going ")).isEmpty();
        assertThat(titles("arrived pull ")).containsExactly("Added");
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void aHugeWordInANoteIsIndexedWithoutFailing() throws IOException {
        String huge = "x".repeat(40_000);
        add(general, Kind.NOTE, "Huge", "before " + huge + " after");
        ws.createNote(general.id(), Note.draft(Kind.NOTE, "Huge tag").withTags(List.of("t".repeat(40_000))));
        openIndex();
        assertThat(titles("before after")).containsExactly("Huge");
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void readOnlyOpeningUsesTheDiskIndexWhenCurrentAnOverlayForAFewChangesAndMemoryOtherwise() throws IOException {
        add(general, Kind.NOTE, "Shared", "Read while a window writes.");
        openIndex();
        index.awaitPending();
        index.close();
        index = null;
        try (Workspace reader = Workspace.open(ws.root(), Workspace.Access.READ);
             NoteIndex ro = NoteIndex.openReadOnly(reader, IndexProgress.NONE)) {
            assertThat(ro.mode()).isEqualTo(NoteIndex.Mode.SNAPSHOT);
            assertThat(ro.search("window", 5).hits()).extracting(SearchHit::title).containsExactly("Shared");
        }
        Note shared = ws.notes().get(0);
        ws.updateNote(shared.withBody("Rewritten since the commit."));
        add(general, Kind.NOTE, "Newer", "Saved after the index was closed.");
        try (Workspace reader = Workspace.open(ws.root(), Workspace.Access.READ);
             NoteIndex ro = NoteIndex.openReadOnly(reader, IndexProgress.NONE)) {
            assertThat(ro.mode()).isEqualTo(NoteIndex.Mode.OVERLAY);
            assertThat(ro.search("saved", 5).hits()).extracting(SearchHit::title).containsExactly("Newer");
            assertThat(ro.search("rewritten", 5).hits()).extracting(SearchHit::title).containsExactly("Shared");
            assertThat(ro.search("window", 5).hits()).as("the old version is hidden").isEmpty();
            assertThat(ro.size()).isEqualTo(2);
        }
        deleteTree(indexDir());
        try (Workspace reader = Workspace.open(ws.root(), Workspace.Access.READ);
             NoteIndex ro = NoteIndex.openReadOnly(reader, IndexProgress.NONE)) {
            assertThat(ro.mode()).isEqualTo(NoteIndex.Mode.MEMORY);
            assertThat(ro.search("saved", 5).hits()).extracting(SearchHit::title).containsExactly("Newer");
            assertThat(Files.exists(indexDir())).as("nothing written on disk").isFalse();
        }
    }

    @Test
    void anyQueryTextIsAnsweredWithoutAnException() throws IOException {
        add(general, Kind.NOTE, "Something", "Words: a b c (d) [e] {f} \"g\" h* ? ~ ^ \\ / : -");
        openIndex();
        for (String q : List.of("", " ", "\"", "\"\"", "-", "--", "OR", "OR OR", "a OR", "NOT", "title:", "tag:",
                "kind:", "(", ")", "[", "*", "?", "~1", "^2", "\\", "/", ":", "title:\"", "a AND OR NOT b",
                "\u0000", "\uD800", "x".repeat(100_000), "a ".repeat(10_000), "可".repeat(5000))) {
            assertThat(index.search(q, 20)).isNotNull();
        }
    }

    private Path indexDir() {
        return ws.root().resolve(WorkspaceLayout.INDEX);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
