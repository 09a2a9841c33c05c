package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.store.ChildJvm;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.LockHolderMain;
import org.prepdesk.store.Workspace;

class PrepDeskCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path ws;
    private InputStream realIn;

    @BeforeEach
    void init() {
        realIn = System.in;
        stdin("");
        ws = tmp.resolve("prep");
        assertThat(CliRun.of("init", ws.toString()).code()).isZero();
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(realIn);
    }

    private static void stdin(String text) {
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private CliRun cli(String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        all[1] = "--workspace";
        all[2] = ws.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    private String add(String... args) {
        CliRun r = cli("add", args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().strip();
    }

    private JsonNode show(String id) throws Exception {
        CliRun r = cli("show", "--json", id);
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static void assertUsageError(CliRun r, String words) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(words).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
    }

    @Test
    void versionPrintsTheVersionAndTheBuild() {
        CliRun r = CliRun.of("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo(org.prepdesk.build.BuildInfo.current().describe())
                .matches("PrepDesk \\d+\\.\\d+\\.\\d+\\S* \\(build \\S+, \\d{4}-\\d{2}-\\d{2}\\)");
    }

    @Test
    void initCreatesAWorkspaceAndRefusesToRunTwice() {
        assertThat(ws.resolve("prepdesk.json")).exists();
        assertThat(ws.resolve("notes")).isDirectory();
        assertUsageError(CliRun.of("init", ws.toString()), "already a workspace");
        CliRun fresh = CliRun.of("init", "--name", "Acme loop", tmp.resolve("fresh").toString());
        assertThat(fresh.code()).isZero();
        assertThat(fresh.out()).startsWith("Created workspace \"Acme loop\" in ");
    }

    @Test
    void initRefusesAFolderThatHoldsOtherFiles() throws Exception {
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("thesis.txt"), "mine");
        assertUsageError(CliRun.of("init", full.toString()), "not empty");
        assertThat(Files.readString(full.resolve("thesis.txt"))).isEqualTo("mine");
    }

    @Test
    void addTakesEveryOptionAndShowGivesItBack() throws Exception {
        Path body = tmp.resolve("body.md");
        Files.writeString(body, "\uFEFFWe had a **hot key**.\r\nThen we sharded.\r\n\r\n");
        String id = add("--section", "Deep dive / Inventory 库存", "--kind", "story", "--title", "  Cut p99 latency ",
                "--tag", "acme", "--tag", "hm-round,perf", "--cue", "Caching", "--cue", "Sharding", "--situation", "S",
                "--task", "T", "--action", "A", "--result", "R", "--confidence", "4", "--body", body.toString());
        assertThat(id).matches("n[0-9a-z]{12}");
        JsonNode n = show(id);
        assertThat(n.get("id").asText()).isEqualTo(id);
        assertThat(n.get("title").asText()).isEqualTo("Cut p99 latency");
        assertThat(n.get("kind").asText()).isEqualTo("story");
        assertThat(n.get("section").asText()).isEqualTo("Deep dive / Inventory 库存");
        assertThat(n.get("tags").toString()).isEqualTo("[\"acme\",\"hm-round\",\"perf\"]");
        assertThat(n.get("cues").toString()).isEqualTo("[\"Caching\",\"Sharding\"]");
        assertThat(n.get("body").asText()).isEqualTo("We had a **hot key**.\nThen we sharded.");
        assertThat(n.get("star").toString())
                .isEqualTo("{\"situation\":\"S\",\"task\":\"T\",\"action\":\"A\",\"result\":\"R\"}");
        assertThat(n.get("confidence").asInt()).isEqualTo(4);
        // the text form names the same things
        CliRun text = cli("show", id);
        assertThat(text.out()).contains("Cut p99 latency", "Story · Deep dive / Inventory 库存", "Tags: acme, hm-round, perf",
                "Situation: S", "Result: R", "hot key");
    }

    @Test
    void addReadsTheBodyFromStdinWithAndWithoutDash() throws Exception {
        stdin("piped body\n");
        String piped = add("--section", "A", "--kind", "note", "--title", "piped");
        stdin("dash body");
        String dash = add("--section", "A", "--kind", "note", "--title", "dash", "--body", "-");
        assertThat(show(piped).get("body").asText()).isEqualTo("piped body");
        assertThat(show(dash).get("body").asText()).isEqualTo("dash body");
        // both went into the one section "A"
        assertThat(cli("list").out()).containsOnlyOnce("\nA\n".substring(1));
    }

    @Test
    void addRefusesBadInputWithAShortMessage() {
        assertUsageError(cli("add", "--section", "A", "--kind", "poem", "--title", "x"), "poem");
        assertUsageError(cli("add", "--kind", "note", "--title", "x"), "--section");
        assertUsageError(cli("add", "--section", "A", "--title", "x"), "--kind");
        assertUsageError(cli("add", "--section", "A", "--kind", "note"), "--title");
        assertUsageError(cli("add", "--section", "A", "--kind", "note", "--title", "   "), "--title");
        assertUsageError(cli("add", "--section", " / ", "--kind", "note", "--title", "x"), "--section");
        assertUsageError(cli("add", "--section", "A", "--kind", "note", "--title", "x", "--confidence", "9"), "confidence");
        assertUsageError(cli("add", "--section", "A", "--kind", "note", "--title", "x", "--body", tmp.resolve("nope").toString()),
                "no such file");
        assertUsageError(CliRun.of("add", "--section", "A", "--kind", "note", "--title", "x"), "--workspace");
        assertUsageError(CliRun.of("add", "--workspace", tmp.resolve("nowhere").toString(), "--section", "A", "--kind",
                "note", "--title", "x"), "no such workspace folder");
        assertThat(cli("list", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void editChangesOnlyWhatIsGiven() throws Exception {
        String id = add("--section", "A", "--kind", "story", "--title", "Before", "--tag", "one", "--cue", "c1",
                "--situation", "S", "--result", "R", "--confidence", "2");
        stdin("body kept");
        JsonNode before = show(id);
        CliRun r = cli("edit", id, "--title", "After", "--result", "R2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo(id);
        JsonNode after = show(id);
        assertThat(after.get("title").asText()).isEqualTo("After");
        assertThat(after.get("star").get("result").asText()).isEqualTo("R2");
        for (String unchanged : List.of("kind", "section", "tags", "cues", "body", "confidence", "created")) {
            assertThat(after.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
        }
        assertThat(after.get("star").get("situation").asText()).isEqualTo("S");
        // the body is not read from stdin on edit unless asked for
        assertThat(after.get("body").asText()).isEmpty();
        assertThat(cli("edit", id, "--tag", "x,y", "--section", "B / C").code()).isZero();
        JsonNode moved = show(id);
        assertThat(moved.get("tags").toString()).isEqualTo("[\"x\",\"y\"]");
        assertThat(moved.get("section").asText()).isEqualTo("B / C");
        assertUsageError(cli("edit", id, "--title", " "), "title");
        assertUsageError(cli("edit", "n000000missing", "--title", "x"), "no note with id");
        assertUsageError(cli("edit", id, "--kind", "essay"), "essay");
    }

    @Test
    void rmMovesToTheTrashAndRestoreBringsItBack() throws Exception {
        String id = add("--section", "A", "--kind", "ask", "--title", "Team size?");
        CliRun rm = cli("rm", id);
        assertThat(rm.code()).isZero();
        assertThat(rm.out()).contains("Moved to trash: Team size? (" + id + ")");
        assertThat(cli("show", id).code()).isEqualTo(2);
        assertThat(cli("restore").out()).contains(id).contains("Team size?").contains("from A");
        CliRun back = cli("restore", id);
        assertThat(back.code()).isZero();
        assertThat(show(id).get("section").asText()).isEqualTo("A");
        assertUsageError(cli("rm", id + "x"), "no note with id");
        assertUsageError(cli("restore", id), "no trash item");
    }

    @Test
    void listAndShowJsonHaveExactlyTheContractKeys() throws Exception {
        add("--section", "Top / Sub", "--kind", "talking-point", "--title", "First", "--tag", "t1");
        add("--section", "Top", "--kind", "question", "--title", "Second");
        JsonNode list = JSON.readTree(cli("list", "--json").out());
        assertThat(list).hasSize(2);
        for (JsonNode n : list) {
            assertThat(n.fieldNames()).toIterable().containsExactly("id", "title", "kind", "section", "tags");
        }
        // tree order: a section's notes before its subsections
        assertThat(list.get(0).get("title").asText()).isEqualTo("Second");
        assertThat(list.get(1).get("section").asText()).isEqualTo("Top / Sub");
        JsonNode one = show(list.get(1).get("id").asText());
        assertThat(one.fieldNames()).toIterable().contains("id", "title", "kind", "section", "tags", "body", "cues", "star");
        assertThat(one.get("star").fieldNames()).toIterable().containsExactly("situation", "task", "action", "result");
        CliRun text = cli("list");
        assertThat(text.out()).contains("Top\n", "  - [question] Second", "  Sub\n", "#t1", "2 notes in 2 sections");
    }

    @Test
    void checkReportsATornFileWithExitOneAndTheOtherNotesStillList() throws Exception {
        String good = add("--section", "A", "--kind", "note", "--title", "Survivor");
        String torn = add("--section", "A", "--kind", "note", "--title", "To be torn");
        assertThat(cli("check").code()).isZero();
        assertThat(cli("check").out()).contains("no problems");
        Path f = ws.resolve("notes").resolve(torn + ".json");
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliRun check = cli("check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("problem: notes/" + torn + ".json: the file is not valid JSON")
                .contains("1 problem").doesNotContain("Exception");
        CliRun list = cli("list", "--json");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains(good).doesNotContain(torn);
        assertThat(cli("list").err()).contains("warning: notes/" + torn + ".json");
        // check never changes anything: the torn file is still there to be looked at
        assertThat(Files.readAllBytes(f)).hasSize(bytes.length / 2);
    }

    @Test
    void writesAreRefusedWhileAWindowHoldsTheWorkspaceButReadsWork() {
        String id = add("--section", "A", "--kind", "note", "--title", "held");
        try (Workspace window = Workspace.open(ws, Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "window")) {
            for (CliRun r : List.of(cli("add", "--section", "A", "--kind", "note", "--title", "x"),
                    cli("edit", id, "--title", "y"), cli("rm", id), cli("restore", id))) {
                assertUsageError(r, "the workspace is open in a PrepDesk window; close it and try again");
            }
            assertThat(cli("list").code()).isZero();
            assertThat(cli("show", id).code()).isZero();
            assertThat(cli("check").code()).isZero();
            assertThat(window.noteCount()).isEqualTo(1);
        }
    }

    @Test
    void addExitsTwoWhileAnotherProcessHoldsTheWorkspace() throws Exception {
        try (ChildJvm child = ChildJvm.start(LockHolderMain.class, ws.toString(), "window")) {
            child.expectLine("locked");
            CliRun r = cli("add", "--section", "A", "--kind", "note", "--title", "refused");
            assertUsageError(r, "prepdesk add: the workspace is open in a PrepDesk window; close it and try again");
            assertThat(cli("list", "--json").code()).isZero();
        }
        assertThat(cli("add", "--section", "A", "--kind", "note", "--title", "now it works").code()).isZero();
    }

    @Test
    void aWorkspaceOfANewerFormatRefusesWritesAndStillReads() throws Exception {
        add("--section", "A", "--kind", "note", "--title", "old");
        Files.writeString(ws.resolve("prepdesk.json"), "{\"format\": 7, \"name\": \"future\"}\n");
        assertUsageError(cli("add", "--section", "A", "--kind", "note", "--title", "x"), "newer PrepDesk");
        assertThat(cli("list", "--json").code()).isZero();
        assertThat(cli("check").out()).contains("newer PrepDesk");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrorsAndEveryCommandHasHelp() {
        assertUsageError(CliRun.of("frobnicate"), "frobnicate");
        assertUsageError(cli("list", "--colour"), "--colour");
        assertUsageError(cli("show"), "ID");
        for (String c : List.of("init", "add", "edit", "rm", "restore", "list", "show", "check")) {
            CliRun help = CliRun.of(c, "--help");
            assertThat(help.code()).as(c).isZero();
            assertThat(help.out()).as(c).contains("Usage: prepdesk " + c);
        }
    }
}
