package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.prepdesk.model.Note;

/** Reading note files from the token stream gives exactly what reading them through a tree gives, errors included. */
class NoteStreamReaderTest {
    private final JsonCodec codec = new JsonCodec();

    private static final String BASE = """
            {"id": "n1", "section": "s1", "rank": 7, "kind": "story", "title": "T", "body": "B",
             "tags": ["a", " b ", "a"], "cues": [], "star": {"situation": "S", "task": "", "action": "A", "result": "R"},
             "links": ["n2"], "confidence": 3, "created": "2026-01-02T03:04:05Z", "updated": "2026-01-02T03:04:06.5Z"}""";

    @Test
    void readsEveryNoteTheCodecWritesWithoutTheTree() throws Exception {
        Random r = new Random(20261128L);
        for (int i = 0; i < 2000; i++) {
            Note n = JsonCodecPropertyTest.randomNote(r);
            byte[] bytes = codec.encodeNote(n, null);
            assertThat(codec.readCommonNote(bytes)).as("note %d", i).isEqualTo(n).isEqualTo(codec.decodeNoteTree(bytes).value());
        }
    }

    @Test
    void readsTheCommonShapeWithFewerKeysInAnyOrder() throws Exception {
        for (String json : List.of(BASE, "{\"section\": \"s1\", \"id\": \"n1\"}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"kind\": \" Story \", \"created\": \"\", \"rank\": -9223372036854775807}")) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertThat(codec.readCommonNote(bytes)).as(json).isNotNull().isEqualTo(codec.decodeNoteTree(bytes).value());
        }
    }

    @Test
    void leavesEveryOtherFileToTheTreeReaderWithTheSameOutcome() throws Exception {
        List<String> odd = new ArrayList<>(List.of(
                "", " ", "[]", "null", "\"n1\"", "{", "{}", BASE + " {}", BASE + " x", "// c\n" + BASE,
                "{\"id\": \"n1\", \"id\": \"n2\", \"section\": \"s1\"}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"star\": {\"task\": \"a\", \"task\": \"b\"}}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"star\": {\"mood\": \"calm\"}}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"star\": []}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"future\": {\"x\": [1, 2]}}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"rank\": 1.0}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"rank\": 99999999999999999999}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"rank\": -9223372036854775808}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"rank\": \"7\"}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"confidence\": 4294967299}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"tags\": [\"a\", null]}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"tags\": \"a\"}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"kind\": \"poem\"}",
                "{\"id\": \"n1\", \"section\": \"../x\"}", "{\"id\": \"\", \"section\": \"s1\"}", "{\"section\": \"s1\"}",
                "{\"id\": 1, \"section\": \"s1\"}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"updated\": \"2026-01-01T00:00:00+01:00\"}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"updated\": \"2026-02-30T00:00:00Z\"}",
                "{\"id\": \"n1\", \"section\": \"s1\", \"updated\": \"soon\"}"));
        for (String key : List.of("id", "section", "rank", "kind", "title", "body", "tags", "cues", "star", "links",
                "confidence", "created", "updated")) {
            odd.add(BASE.replaceFirst("\"" + key + "\": ", "\"" + key + "\": null, \"x" + key + "\": "));
            odd.add(BASE.replaceFirst("\"" + key + "\": ", "\"" + key + "\": true, \"x" + key + "\": "));
        }
        for (String json : odd) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertThat(outcome(() -> codec.decodeNote(bytes))).as(json).isEqualTo(outcome(() -> codec.decodeNoteTree(bytes)));
        }
    }

    private interface Read {
        JsonCodec.Decoded<Note> read() throws Exception;
    }

    /** The value and extras read, or the error's type and message. */
    private static String outcome(Read r) {
        try {
            JsonCodec.Decoded<Note> d = r.read();
            return d.value() + " + " + d.extras();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
