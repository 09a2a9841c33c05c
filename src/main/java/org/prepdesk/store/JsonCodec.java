package org.prepdesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.model.Star;

/**
 * JSON for workspace files: pretty-printed, known keys in a fixed order followed by any keys this
 * version does not know (kept so a newer PrepDesk's data survives a rewrite), UTF-8, newline at
 * the end. Reading is strict and bounded so a hostile file fails fast instead of exhausting memory.
 * Thread-safe: the mapper and writer are immutable after construction.
 */
public final class JsonCodec {
    /** Above this a file is not even read. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final Set<String> NOTE_KEYS = Set.of("id", "section", "rank", "kind", "title", "body", "tags",
            "cues", "star", "links", "confidence", "created", "updated");
    private static final Set<String> SECTION_KEYS = Set.of("id", "parent", "rank", "title", "created", "updated");
    private static final Set<String> SHEET_KEYS = Set.of("id", "name", "subtitle", "tags", "kinds", "sections",
            "grouping", "order");

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    public JsonCodec() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(32_000_000)
                        .maxNumberLength(100)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper = new ObjectMapper(factory);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().disable(JsonParser.Feature.ALLOW_COMMENTS);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        writer = mapper.writer(printer);
    }

    /** The value read and the keys it carried that this version does not know. */
    public record Decoded<T>(T value, ObjectNode extras) {
    }

    // ---- reading

    public ObjectNode parseObject(byte[] bytes) throws IOException {
        JsonNode node = mapper.readTree(bytes);
        if (node == null || !node.isObject()) {
            throw new InvalidFileException("not a JSON object");
        }
        return (ObjectNode) node;
    }

    /**
     * Reads a note file. Opening a workspace reads every note, so the common case (the shape this codec
     * writes: known keys, no nulls, no unknown keys) is read straight from the token stream; anything
     * else, including every error, goes through {@link #decodeNoteTree}, so results and messages are the
     * same whichever way a file is read.
     */
    public Decoded<Note> decodeNote(byte[] bytes) throws IOException {
        Note fast = readCommonNote(bytes);
        return fast != null ? new Decoded<>(fast, null) : decodeNoteTree(bytes);
    }

    /** The note when the file is in the common shape, read from the token stream; else null. */
    Note readCommonNote(byte[] bytes) {
        return NoteStreamReader.read(mapper.getFactory(), bytes);
    }

    /** The reference reading of a note file, through a JSON tree: every case, every error message. */
    Decoded<Note> decodeNoteTree(byte[] bytes) throws IOException {
        ObjectNode o = parseObject(bytes);
        String id = requireId(o, "id");
        String section = requireId(o, "section");
        String kindId = text(o, "kind", "note");
        Kind kind = Kind.fromId(kindId).orElseThrow(() -> new InvalidFileException("unknown kind '" + kindId + "'"));
        Star star = Star.EMPTY;
        JsonNode s = o.get("star");
        if (s != null && !s.isNull()) {
            if (!s.isObject()) {
                throw new InvalidFileException("\"star\" is not an object");
            }
            ObjectNode so = (ObjectNode) s;
            star = new Star(text(so, "situation", ""), text(so, "task", ""), text(so, "action", ""),
                    text(so, "result", ""));
        }
        Note note = new Note(id, section, number(o, "rank"), kind, text(o, "title", ""), text(o, "body", ""),
                strings(o, "tags"), strings(o, "cues"), star, strings(o, "links"), (int) number(o, "confidence"),
                instant(o, "created"), instant(o, "updated"));
        return new Decoded<>(note, extras(o, NOTE_KEYS));
    }

    public Decoded<Section> decodeSection(byte[] bytes) throws IOException {
        ObjectNode o = parseObject(bytes);
        String id = requireId(o, "id");
        JsonNode p = o.get("parent");
        String parent = null;
        if (p != null && !p.isNull()) {
            parent = requireId(o, "parent");
        }
        Section section = new Section(id, parent, number(o, "rank"), text(o, "title", ""), instant(o, "created"),
                instant(o, "updated"));
        return new Decoded<>(section, extras(o, SECTION_KEYS));
    }

    public Decoded<SheetSpec> decodeSheet(byte[] bytes) throws IOException {
        ObjectNode o = parseObject(bytes);
        List<Kind> kinds = new ArrayList<>();
        for (String k : strings(o, "kinds")) {
            kinds.add(Kind.fromId(k).orElseThrow(() -> new InvalidFileException("unknown kind '" + k + "'")));
        }
        SheetSpec.Grouping grouping = enumValue(SheetSpec.Grouping.class, text(o, "grouping", "by-kind"));
        SheetSpec.Order order = enumValue(SheetSpec.Order.class, text(o, "order", "tree"));
        SheetSpec spec = new SheetSpec(requireId(o, "id"), text(o, "name", ""), text(o, "subtitle", ""),
                strings(o, "tags"), kinds, strings(o, "sections"), grouping, order);
        return new Decoded<>(spec, extras(o, SHEET_KEYS));
    }

    public WorkspaceInfo decodeInfo(byte[] bytes) throws IOException {
        ObjectNode o = parseObject(bytes);
        JsonNode f = o.get("format");
        if (f == null || !f.canConvertToInt()) {
            throw new InvalidFileException("\"format\" is missing or not a number");
        }
        return new WorkspaceInfo(f.asInt(), text(o, "name", ""), o);
    }

    // ---- writing

    public byte[] encodeNote(Note n, ObjectNode extras) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", n.id());
        o.put("section", n.sectionId());
        o.put("rank", n.rank());
        o.put("kind", n.kind().id());
        o.put("title", n.title());
        o.put("body", n.body());
        putStrings(o, "tags", n.tags());
        putStrings(o, "cues", n.cues());
        if (!n.star().isEmpty() || n.kind() == Kind.STORY) {
            ObjectNode s = o.putObject("star");
            s.put("situation", n.star().situation());
            s.put("task", n.star().task());
            s.put("action", n.star().action());
            s.put("result", n.star().result());
        }
        if (!n.links().isEmpty()) {
            putStrings(o, "links", n.links());
        }
        o.put("confidence", n.confidence());
        o.put("created", n.created().toString());
        o.put("updated", n.updated().toString());
        return bytes(withExtras(o, extras));
    }

    public byte[] encodeSection(Section s, ObjectNode extras) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", s.id());
        if (s.parentId() == null) {
            o.putNull("parent");
        } else {
            o.put("parent", s.parentId());
        }
        o.put("rank", s.rank());
        o.put("title", s.title());
        o.put("created", s.created().toString());
        o.put("updated", s.updated().toString());
        return bytes(withExtras(o, extras));
    }

    public byte[] encodeSheet(SheetSpec spec, ObjectNode extras) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", spec.id());
        o.put("name", spec.name());
        o.put("subtitle", spec.subtitle());
        putStrings(o, "tags", spec.tags());
        putStrings(o, "kinds", spec.kinds().stream().map(Kind::id).toList());
        putStrings(o, "sections", spec.sectionIds());
        o.put("grouping", spec.grouping().name().toLowerCase().replace('_', '-'));
        o.put("order", spec.order().name().toLowerCase().replace('_', '-'));
        return bytes(withExtras(o, extras));
    }

    public byte[] encodeInfo(WorkspaceInfo info) {
        ObjectNode o = mapper.createObjectNode();
        o.put("format", info.format());
        o.put("name", info.name());
        if (info.raw() != null) {
            info.raw().fields().forEachRemaining(e -> {
                if (!o.has(e.getKey())) {
                    o.set(e.getKey(), e.getValue());
                }
            });
        }
        return bytes(o);
    }

    public byte[] bytes(JsonNode node) {
        try {
            String text = writer.writeValueAsString(node);
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise JSON", e);
        }
    }

    public ObjectNode newObject() {
        return mapper.createObjectNode();
    }

    /** Thrown for well-formed JSON that is not a valid workspace file. */
    public static final class InvalidFileException extends IOException {
        public InvalidFileException(String message) {
            super(message);
        }
    }

    // ---- helpers

    private static ObjectNode withExtras(ObjectNode o, ObjectNode extras) {
        if (extras != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = extras.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!o.has(e.getKey())) {
                    o.set(e.getKey(), e.getValue());
                }
            }
        }
        return o;
    }

    private ObjectNode extras(ObjectNode o, Set<String> known) {
        ObjectNode extras = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!known.contains(e.getKey())) {
                if (extras == null) {
                    extras = mapper.createObjectNode();
                }
                extras.set(e.getKey(), e.getValue());
            }
        }
        return extras;
    }

    private static void putStrings(ObjectNode o, String key, List<String> values) {
        ArrayNode a = o.putArray(key);
        values.forEach(a::add);
    }

    private static String requireId(ObjectNode o, String key) throws InvalidFileException {
        JsonNode n = o.get(key);
        if (n == null || !n.isTextual()) {
            throw new InvalidFileException("\"" + key + "\" is missing or not text");
        }
        String id = n.asText();
        if (!Ids.isValid(id)) {
            throw new InvalidFileException("\"" + key + "\" is not a valid id");
        }
        return id;
    }

    private static String text(ObjectNode o, String key, String dflt) throws InvalidFileException {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isTextual()) {
            throw new InvalidFileException("\"" + key + "\" is not text");
        }
        return n.asText();
    }

    private static long number(ObjectNode o, String key) throws InvalidFileException {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new InvalidFileException("\"" + key + "\" is not a whole number");
        }
        return n.asLong();
    }

    private static List<String> strings(ObjectNode o, String key) throws InvalidFileException {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new InvalidFileException("\"" + key + "\" is not a list");
        }
        List<String> out = new ArrayList<>(n.size());
        for (JsonNode e : n) {
            if (!e.isTextual()) {
                throw new InvalidFileException("\"" + key + "\" holds something that is not text");
            }
            out.add(e.asText());
        }
        return out;
    }

    private static Instant instant(ObjectNode o, String key) throws InvalidFileException {
        String s = text(o, key, null);
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return Timestamps.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidFileException("\"" + key + "\" is not a timestamp");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) throws InvalidFileException {
        try {
            return Enum.valueOf(type, text.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidFileException("unknown value '" + text + "'");
        }
    }
}
