package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.model.Star;

class JsonCodecTest {
    private final JsonCodec codec = new JsonCodec();

    static byte[] resource(String name) throws IOException {
        try (InputStream in = JsonCodecTest.class.getResourceAsStream("/store/" + name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    static Note everyFieldNote() {
        return new Note("n0000000000ab", "s0000000000cd", 2048, Kind.STORY, "Cut p99 latency 可扩展性 🚀",
                "Line one\n\n- \"quoted\" \\ backslash\ttab", List.of("acme", "hm-round"), List.of("Caching", "Sharding"),
                new Star("Situation text", "Task text", "Action text", "Result text"), List.of("n0000000000ef"), 4,
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-02-03T04:05:06.789123Z"));
    }

    @Test
    void roundTripsEveryFieldOfANote() throws IOException {
        Note n = everyFieldNote();
        JsonCodec.Decoded<Note> back = codec.decodeNote(codec.encodeNote(n, null));
        assertThat(back.value()).isEqualTo(n);
        assertThat(back.extras()).isNull();
    }

    @Test
    void roundTripsEveryKindAndAnEmptyNote() throws IOException {
        for (Kind k : Kind.values()) {
            Note n = new Note("n1", "s1", 0, k, "", "", List.of(), List.of(), Star.EMPTY, List.of(), 0, Instant.EPOCH,
                    Instant.EPOCH);
            assertThat(codec.decodeNote(codec.encodeNote(n, null)).value()).isEqualTo(n);
        }
    }

    @Test
    void roundTripsEveryFieldOfASectionTopAndNested() throws IOException {
        Section top = new Section("s1", null, 1024, "Deep dive: current company", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-05T00:00:00Z"));
        Section child = new Section("s2", "s1", -7, "Inventory 库存", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:01Z"));
        assertThat(codec.decodeSection(codec.encodeSection(top, null)).value()).isEqualTo(top);
        assertThat(codec.decodeSection(codec.encodeSection(child, null)).value()).isEqualTo(child);
    }

    @Test
    void roundTripsEveryFieldOfASheetSpec() throws IOException {
        SheetSpec spec = new SheetSpec("h1", "Acme onsite", "The night before", List.of("acme", "hm-round"),
                List.of(Kind.STORY, Kind.TALKING_POINT, Kind.ASK), List.of("s1", "s2"), SheetSpec.Grouping.BY_SECTION,
                SheetSpec.Order.WEAKEST_FIRST);
        assertThat(codec.decodeSheet(codec.encodeSheet(spec, null)).value()).isEqualTo(spec);
        SheetSpec defaults = new SheetSpec("h2", null, null, null, null, null, null, null);
        assertThat(codec.decodeSheet(codec.encodeSheet(defaults, null)).value()).isEqualTo(defaults);
    }

    @Test
    void keepsUnknownFieldsOnRewriteAndWritesTheFixtureBackByteForByte() throws IOException {
        byte[] original = resource("full-note.json");
        JsonCodec.Decoded<Note> d = codec.decodeNote(original);
        assertThat(d.extras().fieldNames()).toIterable().containsExactly("futureField", "color");
        Note edited = d.value().withTitle("A new title");
        ObjectNode rewritten = codec.parseObject(codec.encodeNote(edited, d.extras()));
        assertThat(rewritten.get("futureField").toString()).isEqualTo("{\"nested\":[1,2,3]}");
        assertThat(rewritten.get("color").asText()).isEqualTo("teal");
        // The fixture is written in the stable format: decoding and encoding gives the same bytes.
        assertThat(new String(codec.encodeNote(d.value(), d.extras()), StandardCharsets.UTF_8))
                .isEqualTo(new String(original, StandardCharsets.UTF_8));
    }

    @Test
    void keepsUnknownFieldsOfSectionsSheetsAndTheWorkspaceInfo() throws IOException {
        byte[] section = "{\"id\":\"s1\",\"parent\":null,\"rank\":1,\"title\":\"T\",\"icon\":\"star\"}".getBytes(StandardCharsets.UTF_8);
        JsonCodec.Decoded<Section> s = codec.decodeSection(section);
        assertThat(codec.parseObject(codec.encodeSection(s.value(), s.extras())).get("icon").asText()).isEqualTo("star");
        byte[] sheet = "{\"id\":\"h1\",\"paper\":\"a4\"}".getBytes(StandardCharsets.UTF_8);
        JsonCodec.Decoded<SheetSpec> h = codec.decodeSheet(sheet);
        assertThat(codec.parseObject(codec.encodeSheet(h.value(), h.extras())).get("paper").asText()).isEqualTo("a4");
        WorkspaceInfo info = codec.decodeInfo("{\"format\":1,\"name\":\"W\",\"sync\":{\"a\":1}}".getBytes(StandardCharsets.UTF_8));
        assertThat(codec.parseObject(codec.encodeInfo(info)).get("sync").toString()).isEqualTo("{\"a\":1}");
    }

    @Test
    void writesTheSameBytesTwiceWithKnownKeysInAFixedOrderAndANewlineAtTheEnd() {
        Note n = everyFieldNote();
        byte[] first = codec.encodeNote(n, null);
        byte[] second = codec.encodeNote(n, null);
        assertThat(first).isEqualTo(second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
        assertThat(text).startsWith("{\n  \"id\": \"n0000000000ab\",\n");
        List<String> keys = List.of("\"id\"", "\"section\"", "\"rank\"", "\"kind\"", "\"title\"", "\"body\"", "\"tags\"",
                "\"cues\"", "\"star\"", "\"links\"", "\"confidence\"", "\"created\"", "\"updated\"");
        int last = -1;
        for (String k : keys) {
            int at = text.indexOf("\n  " + k + ":");
            assertThat(at).as("position of %s", k).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void writesUnknownFieldsAfterTheKnownOnes() throws IOException {
        String text = new String(codec.encodeNote(codec.decodeNote(resource("full-note.json")).value(),
                codec.decodeNote(resource("full-note.json")).extras()), StandardCharsets.UTF_8);
        assertThat(text.indexOf("\"futureField\"")).isGreaterThan(text.indexOf("\"updated\""));
    }

    @Test
    void rejectsWellFormedJsonThatIsNotANote() {
        assertThatThrownBy(() -> codec.decodeNote("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonCodec.InvalidFileException.class).hasMessage("not a JSON object");
        assertThatThrownBy(() -> codec.decodeNote("{\"id\":\"../../etc\",\"section\":\"s1\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a valid id");
        assertThatThrownBy(() -> codec.decodeNote("{\"id\":\"n1\",\"section\":\"s1\",\"rank\":1.5}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> codec.decodeNote("{\"id\":\"n1\",\"section\":\"s1\",\"star\":[]}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("star");
        assertThatThrownBy(() -> codec.decodeNote("{\"id\":\"n1\",\"section\":\"s1\",\"created\":\"yesterday\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("timestamp");
        assertThatThrownBy(() -> codec.decodeNote("{\"id\":\"n1\",\"id\":\"n2\",\"section\":\"s1\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> codec.decodeNote("{\"id\":\"n1\",\"section\":\"s1\"} {}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }
}
