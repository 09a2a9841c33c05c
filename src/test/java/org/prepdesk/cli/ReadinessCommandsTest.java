package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** coverage and lint on a workspace made with init and add, as the issue gives their output. */
class ReadinessCommandsTest {
    @TempDir
    Path dir;

    private Path ws;
    private final InputStream realIn = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(realIn);
    }

    private String add(String... args) {
        System.setIn(new ByteArrayInputStream(new byte[0]));   // add reads a body from a piped stdin
        List<String> all = new ArrayList<>(List.of("add", "--workspace", ws.toString()));
        all.addAll(List.of(args));
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().strip();
    }

    private static JsonNode json(CliRun r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    record Loop(String comms, String cloud, String schema, String launch, String flink, String question) {
    }

    private Loop loop() {
        ws = dir.resolve("ws");
        assertThat(CliRun.of("init", ws.toString()).code()).isZero();
        String comms = add("--section", "Harborline / Assessed", "--kind", "competency", "--title", "Clear communication",
                "--tag", "harborline");
        String cloud = add("--section", "Harborline / Assessed", "--kind", "competency", "--title", "Hands-on cloud time",
                "--tag", "harborline");
        String schema = add("--section", "Stories", "--kind", "story", "--title", "Schema debate", "--tag", "harborline",
                "--situation", "A colleague wanted free-form events.", "--action",
                "I wrote a one-page comparison, I proposed a registry and I migrated the first three producers myself.",
                "--result", "Eleven breaking changes caught in CI in the first quarter.", "--link", comms);
        String launch = add("--section", "Stories", "--kind", "story", "--title", "Launch date", "--tag", "harborline",
                "--situation", "Product wanted the consent feed live before the audit, whatever it took from the team.",
                "--action", "We split the feed.", "--result", "Impact was great.", "--link", comms, "--link", cloud);
        String flink = add("--section", "Stories", "--kind", "story", "--title", "Learning Flink");
        String question = add("--section", "Harborline", "--kind", "question", "--title", "Tell me about a disagreement",
                "--link", schema, "--link", comms);
        return new Loop(comms, cloud, schema, launch, flink, question);
    }

    @Test
    void coverageJsonGivesEachCompetencyItsStoriesQuestionsAndGap() throws Exception {
        Loop l = loop();
        JsonNode o = json(CliRun.of("coverage", "--workspace", ws.toString(), "--json"));
        assertThat(o.fieldNames()).toIterable().containsExactly("competencies", "unlinkedStories");
        JsonNode comms = o.get("competencies").get(0);
        assertThat(comms.fieldNames()).toIterable().containsExactly("id", "title", "stories", "questions", "gap");
        assertThat(comms.get("id").asText()).isEqualTo(l.comms());
        assertThat(comms.get("title").asText()).isEqualTo("Clear communication");
        assertThat(texts(comms.get("stories"))).containsExactly(l.schema(), l.launch());
        assertThat(texts(comms.get("questions"))).containsExactly(l.question());
        assertThat(comms.get("gap").asBoolean()).isFalse();
        JsonNode cloud = o.get("competencies").get(1);
        assertThat(texts(cloud.get("stories"))).containsExactly(l.launch());
        assertThat(cloud.get("gap").asBoolean()).isTrue();
        assertThat(texts(o.get("unlinkedStories"))).containsExactly(l.flink());
    }

    @Test
    void coverageByTagKeepsOneLoopAndTextOutputNamesTheGaps() throws Exception {
        Loop l = loop();
        JsonNode o = json(CliRun.of("coverage", "--workspace", ws.toString(), "--json", "--tag", "harborline"));
        assertThat(texts(o.get("unlinkedStories"))).isEmpty();
        assertThat(o.get("competencies")).hasSize(2);
        JsonNode none = json(CliRun.of("coverage", "--workspace", ws.toString(), "--json", "--tag", "acme"));
        assertThat(none.get("competencies")).isEmpty();
        CliRun text = CliRun.of("coverage", "--workspace", ws.toString());
        assertThat(text.out()).contains("Hands-on cloud time  [gap: 1 of 2 stories]", "Learning Flink  (" + l.flink() + ")",
                "2 competencies, 1 gap, 1 unlinked story");
    }

    @Test
    void lintJsonListsEachFindingAndExitsZero() throws Exception {
        Loop l = loop();
        JsonNode a = json(CliRun.of("lint", "--workspace", ws.toString(), "--json"));
        List<String> found = new ArrayList<>();
        a.forEach(f -> {
            assertThat(f.fieldNames()).toIterable().containsExactly("id", "title", "rule", "message");
            found.add(f.get("title").asText() + ":" + f.get("rule").asText());
        });
        assertThat(found).containsExactlyInAnyOrder("Launch date:result-without-number", "Launch date:we-not-i",
                "Launch date:action-too-short", "Learning Flink:missing-situation", "Learning Flink:missing-action",
                "Learning Flink:missing-result");
        JsonNode one = json(CliRun.of("lint", "--workspace", ws.toString(), "--json", l.schema()));
        assertThat(one.isArray()).isTrue();
        assertThat(one).isEmpty();
        CliRun clean = CliRun.of("lint", "--workspace", ws.toString(), l.schema(), l.comms());
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).contains("0 findings");
    }

    @Test
    void lintOfAnUnknownIdIsExitTwoWithOneLine() {
        loop();
        CliRun r = CliRun.of("lint", "--workspace", ws.toString(), "--json", "nosuchnote");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("nosuchnote").doesNotContain("Exception");
        assertThat(CliRun.of("coverage", "--workspace", dir.resolve("nope").toString(), "--json").code()).isEqualTo(2);
    }

    @Test
    void competencyIsAKindForSearchAndTheSheet() throws Exception {
        loop();
        JsonNode hits = json(CliRun.of("search", "--workspace", ws.toString(), "--json", "kind:competency"));
        List<String> titles = new ArrayList<>();
        hits.forEach(h -> titles.add(h.get("title").asText() + "/" + h.get("kind").asText()));
        assertThat(titles).containsExactlyInAnyOrder("Clear communication/competency", "Hands-on cloud time/competency");
        Path md = dir.resolve("sheet.md");
        CliRun sheet = CliRun.of("sheet", "--workspace", ws.toString(), "--tag", "harborline", "--format", "md",
                "--out", md.toString());
        assertThat(sheet.code()).as(sheet.err()).isZero();
        assertThat(Files.readString(md)).contains("## What they assess\n\n- **Clear communication**\n  - → Schema debate\n"
                + "  - → Launch date\n\n- **Hands-on cloud time**\n  - → Launch date\n");
    }

    @Test
    void aCompetencyKeepsItsKindThroughMarkdownExportAndImport() throws Exception {
        loop();
        Path md = dir.resolve("md");
        assertThat(CliRun.of("export", "--workspace", ws.toString(), "--format", "md", "--out", md.toString()).code()).isZero();
        Path back = dir.resolve("back");
        assertThat(CliRun.of("init", back.toString()).code()).isZero();
        List<String> files = new ArrayList<>(List.of("import", "--workspace", back.toString()));
        try (var s = Files.list(md)) {
            s.sorted().forEach(f -> files.add(f.toString()));
        }
        CliRun imported = CliRun.of(files.toArray(String[]::new));
        assertThat(imported.code()).as(imported.err()).isZero();
        JsonNode list = json(CliRun.of("list", "--workspace", back.toString(), "--json"));
        List<String> competencies = new ArrayList<>();
        list.forEach(n -> {
            if (n.get("kind").asText().equals("competency")) {
                competencies.add(n.get("title").asText());
            }
        });
        assertThat(competencies).containsExactlyInAnyOrder("Clear communication", "Hands-on cloud time");
    }
}
