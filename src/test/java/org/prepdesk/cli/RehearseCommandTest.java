package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.Workspace;

/** The done-when of issue 14 as a test: five notes added, two graded, the queue read back with --at. */
class RehearseCommandTest {
    private static final String T0 = "2026-12-03T09:00:00Z";
    private static final String T1 = "2026-12-04T09:00:00Z";

    @TempDir
    Path tmp;

    private String ws;
    private final List<String> stories = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private String ask;

    private final java.io.InputStream realIn = System.in;

    @org.junit.jupiter.api.AfterEach
    void restoreStdin() {
        System.setIn(realIn);
    }

    @BeforeEach
    void fiveNotes() {
        ws = tmp.resolve("ws").toString();
        assertThat(CliRun.of("init", ws).code()).isZero();
        for (String title : List.of("Cut p99 latency", "Led the migration", "Disagreed with the PM")) {
            stories.add(add("story", title));
        }
        questions.add(add("question", "Tell me about a hard bug?", "--link", stories.get(0)));
        questions.add(add("question", "How do you handle conflict?", "--link", stories.get(2)));
    }

    private String add(String kind, String title, String... more) {
        List<String> args = new ArrayList<>(List.of("add", "--workspace", ws, "--section", "Prep", "--kind", kind,
                "--title", title, "--body", "-"));
        args.addAll(List.of(more));
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));   // add reads the body from stdin
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().strip();
    }

    private static JsonNode json(CliRun r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return Json.MAPPER.readTree(r.out());
    }

    private static List<String> ids(JsonNode queue) {
        List<String> out = new ArrayList<>();
        queue.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    private Map<Path, byte[]> noteFiles() throws Exception {
        Map<Path, byte[]> out = new HashMap<>();
        try (Stream<Path> s = Files.list(Path.of(ws, "notes"))) {
            for (Path p : s.toList()) {
                out.put(p, Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void againComesBackWithinADayEasyDaysLaterAndTheQueueOrdersThemAsTheIssueSays() throws Exception {
        Map<Path, byte[]> before = noteFiles();
        JsonNode fresh = json(CliRun.of("rehearse", "--workspace", ws, "--json", "--at", T0));
        assertThat(fresh).hasSize(5);
        fresh.forEach(n -> {
            assertThat(n.get("reps").asInt()).isZero();
            assertThat(n.get("due").isNull()).isTrue();
            assertThat(n.get("targetSeconds").asInt()).isEqualTo(120);
        });
        assertThat(fresh.get(0).fieldNames()).toIterable().containsExactly("id", "title", "kind", "due", "retrievability",
                "stability", "difficulty", "reps", "lapses", "targetSeconds");

        String again = stories.get(0);
        String easy = stories.get(1);
        JsonNode a = json(CliRun.of("rehearse", "--workspace", ws, "--grade", "again", "--seconds", "95", "--at", T0,
                "--json", again));
        JsonNode e = json(CliRun.of("rehearse", "--workspace", ws, "--grade", "easy", "--at", T0, "--json", easy));
        assertThat(a.fieldNames()).toIterable().containsExactly("id", "grade", "due", "intervalDays", "stability", "difficulty");
        Instant t0 = Instant.parse(T0);
        Instant againDue = Instant.parse(a.get("due").asText());
        Instant easyDue = Instant.parse(e.get("due").asText());
        assertThat(Duration.between(t0, againDue)).isLessThanOrEqualTo(Duration.ofDays(1));
        assertThat(Duration.between(againDue, easyDue)).isGreaterThanOrEqualTo(Duration.ofDays(3));
        assertThat(a.get("grade").asText()).isEqualTo("again");
        assertThat(e.get("intervalDays").asInt()).isEqualTo(16);

        List<String> nextDay = ids(json(CliRun.of("rehearse", "--workspace", ws, "--json", "--at", T1)));
        assertThat(nextDay).containsExactly(again, stories.get(2), questions.get(0), questions.get(1));
        List<String> cram = ids(json(CliRun.of("rehearse", "--workspace", ws, "--json", "--cram", "--at", T1)));
        assertThat(cram).hasSize(5).endsWith(easy);

        assertThat(CliRun.of("check", "--workspace", ws).code()).isZero();
        Map<Path, byte[]> after = noteFiles();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((p, bytes) -> assertThat(after.get(p)).as(p.toString()).isEqualTo(bytes));
    }

    @Test
    void theTextFormsSayWhenNextAndListOneLinePerItem() {
        CliRun g = CliRun.of("rehearse", "--workspace", ws, "--grade", "good", "--at", T0, stories.get(0));
        assertThat(g.code()).isZero();
        assertThat(g.out()).isEqualTo("Next due 2026-12-06T09:00:00Z (in 3 days): Cut p99 latency\n");
        CliRun list = CliRun.of("rehearse", "--workspace", ws, "--at", T0, "--kind", "question", "--limit", "1");
        assertThat(list.out().lines()).singleElement().asString().contains(questions.get(0)).contains("new");
        CliRun tagged = CliRun.of("rehearse", "--workspace", ws, "--tag", "nothing-has-it");
        assertThat(tagged.code()).isZero();
        assertThat(tagged.out()).startsWith("Nothing to rehearse");
    }

    @Test
    void badInputEndsWithExitTwoAndOneLine() {
        String noteId = add("note", "Just a note");
        ask = add("ask", "What does success look like?");
        String competency = add("competency", "Communication");
        String[][] bad = {
            {"rehearse", "--workspace", ws, "--grade", "good", ask},
            {"rehearse", "--workspace", ws, "--grade", "good", noteId},
            {"rehearse", "--workspace", ws, "--grade", "good", competency},
            {"rehearse", "--workspace", ws, "--kind", "competency"},
            {"rehearse", "--workspace", ws, "--grade", "good", "nnosuchnote00"},
            {"rehearse", "--workspace", ws, "--grade", "superb", stories.get(0)},
            {"rehearse", "--workspace", ws, "--grade", "good"},
            {"rehearse", "--workspace", ws, "--at", "yesterday"},
            {"rehearse", "--workspace", ws, "--kind", "ask"},
            {"rehearse", "--workspace", ws, "--kind", "poem"},
            {"rehearse", "--workspace", ws, "--limit", "0"},
            {"rehearse", "--workspace", ws, stories.get(0)},
            {"rehearse", "--workspace", ws, "--grade", "good", "--seconds", "-5", stories.get(0)},
        };
        for (String[] args : bad) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines()).as(String.join(" ", args)).singleElement().asString().startsWith("prepdesk rehearse: ");
            assertThat(r.out()).isEmpty();
        }
        assertThat(Path.of(ws, "rehearsal")).doesNotExist();
    }

    @Test
    void whileAWindowHoldsTheWorkspaceGradingIsRefusedAndListingWorks() throws Exception {
        try (Workspace window = Workspace.open(Path.of(ws), Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "window")) {
            CliRun g = CliRun.of("rehearse", "--workspace", ws, "--grade", "good", stories.get(0));
            assertThat(g.code()).isEqualTo(2);
            assertThat(g.err().strip()).isEqualTo("prepdesk rehearse: the workspace is open in a PrepDesk window; close it and try again");
            assertThat(CliRun.of("rehearse", "--workspace", ws, "--json").code()).isZero();
            assertThat(window.noteCount()).isEqualTo(5);
        }
        assertThat(Path.of(ws, "rehearsal")).doesNotExist();
    }
}
