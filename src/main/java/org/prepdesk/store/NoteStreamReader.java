package org.prepdesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Star;

/**
 * Reads a note file in the shape {@link JsonCodec} writes straight from Jackson's token stream,
 * without building a JSON tree: about a third less work per file when a workspace opens. It reads
 * only the common case (each known key at most once with a value of its type, no nulls, no unknown
 * keys, valid ids, kind and timestamps) and answers null for anything else, leaving that file to
 * the tree reader, which knows every rule and every error message. Stateless, thread-safe.
 */
final class NoteStreamReader {
    private NoteStreamReader() {
    }

    /** The note, or null when the file is not in the common shape (or not valid at all). */
    static Note read(JsonFactory factory, byte[] bytes) {
        try (JsonParser p = factory.createParser(bytes)) {
            return readNote(p);
        } catch (NotCommon | IOException | RuntimeException e) {
            return null; // another shape, or not valid at all: the tree reader will say what is wrong
        }
    }

    /** Thrown (one shared instance, no stack trace) when the file is not in the common shape. */
    private static final class NotCommon extends Exception {
        NotCommon() {
            super("not in the common shape", null, false, false);
        }
    }

    private static final NotCommon NOT_COMMON = new NotCommon();

    private static Note readNote(JsonParser p) throws IOException, NotCommon {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        String id = null;
        String section = null;
        String kind = null;
        String title = "";
        String body = "";
        String created = null;
        String updated = null;
        long rank = 0;
        long confidence = 0;
        List<String> tags = List.of();
        List<String> cues = List.of();
        List<String> links = List.of();
        Star star = Star.EMPTY;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            expect(t == JsonToken.FIELD_NAME);
            String key = p.currentName();
            JsonToken v = p.nextToken();
            switch (key) {
                case "id" -> id = string(p, v);
                case "section" -> section = string(p, v);
                case "kind" -> kind = string(p, v);
                case "title" -> title = string(p, v);
                case "body" -> body = string(p, v);
                case "created" -> created = string(p, v);
                case "updated" -> updated = string(p, v);
                case "rank" -> rank = whole(p, v);
                case "confidence" -> confidence = whole(p, v);
                case "tags" -> tags = strings(p, v);
                case "cues" -> cues = strings(p, v);
                case "links" -> links = strings(p, v);
                case "star" -> star = star(p, v);
                default -> throw NOT_COMMON; // a key this version does not know: the tree reader keeps it
            }
        }
        expect(p.nextToken() == null && Ids.isValid(id) && Ids.isValid(section));
        Kind k = kind == null ? Kind.NOTE : Kind.fromId(kind).orElseThrow(() -> NOT_COMMON);
        return new Note(id, section, rank, k, title, body, tags, cues, star, links, (int) confidence,
                timestamp(created), timestamp(updated));
    }

    private static void expect(boolean common) throws NotCommon {
        if (!common) {
            throw NOT_COMMON;
        }
    }

    private static String string(JsonParser p, JsonToken v) throws IOException, NotCommon {
        expect(v == JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static long whole(JsonParser p, JsonToken v) throws IOException, NotCommon {
        expect(v == JsonToken.VALUE_NUMBER_INT);
        JsonParser.NumberType type = p.getNumberType();
        expect(type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG);
        return p.getLongValue();
    }

    private static List<String> strings(JsonParser p, JsonToken v) throws IOException, NotCommon {
        expect(v == JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t == JsonToken.VALUE_STRING);
            out.add(p.getText());
        }
        return out;
    }

    private static Star star(JsonParser p, JsonToken v) throws IOException, NotCommon {
        expect(v == JsonToken.START_OBJECT);
        String situation = "";
        String task = "";
        String action = "";
        String result = "";
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            expect(t == JsonToken.FIELD_NAME);
            String key = p.currentName();
            expect(p.nextToken() == JsonToken.VALUE_STRING);
            switch (key) {
                case "situation" -> situation = p.getText();
                case "task" -> task = p.getText();
                case "action" -> action = p.getText();
                case "result" -> result = p.getText();
                default -> throw NOT_COMMON;
            }
        }
        return new Star(situation, task, action, result);
    }

    /** Null for a missing or empty timestamp (as the tree reader reads it); one in another shape is not common. */
    private static Instant timestamp(String text) throws NotCommon {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Instant t = Timestamps.parseCommon(text);
        expect(t != null);
        return t;
    }
}
