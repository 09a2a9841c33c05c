package org.prepdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A companion kind that exists only in tests: {@code tally/<noteId>.json} holds {"count": n}. Installed
 * for every test through {@code META-INF/services} (as a feature's kind is), so the CLI sees it too.
 */
public final class TallyCompanion implements NoteCompanion {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String folder() {
        return "tally";
    }

    @Override
    public void validate(byte[] bytes) throws IOException {
        JsonNode o = JSON.readTree(bytes);
        if (o == null || !o.isObject() || !o.path("count").canConvertToInt() || o.path("count").asInt() < 0) {
            throw new JsonCodec.InvalidFileException("it holds no count");
        }
    }

    static byte[] count(int n) {
        return ("{\"count\": " + n + "}\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TallyCompanion;
    }

    @Override
    public int hashCode() {
        return 1;
    }
}
