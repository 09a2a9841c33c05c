package org.prepdesk.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.prepdesk.store.JsonCodec;

/** Reads the title and kind of an item file without decoding all of it. Stateless; thread-safe. */
final class ItemText {
    private static final JsonCodec CODEC = new JsonCodec();
    private static final int SHORT = 40;

    private ItemText() {
    }

    /** The item's title (a sheet's name), or "" when the bytes are not an item. */
    static String title(byte[] bytes) {
        JsonNode o = parse(bytes);
        if (o == null) {
            return "";
        }
        return o.path("title").asText(o.path("name").asText(""));
    }

    /** The note's kind as written ("story"), or "note". */
    static String kind(byte[] bytes) {
        JsonNode o = parse(bytes);
        return o == null ? "note" : o.path("kind").asText("note");
    }

    /** A title cut to fit a commit message's first line. */
    static String shorten(String title) {
        String t = title.strip();
        return t.length() <= SHORT ? t : t.substring(0, SHORT - 1).stripTrailing() + "…";
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return CODEC.parseObject(bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
