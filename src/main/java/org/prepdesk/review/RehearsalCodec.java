package org.prepdesk.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prepdesk.model.Grade;
import org.prepdesk.model.Rehearsal;
import org.prepdesk.model.RehearsalReview;
import org.prepdesk.model.Schedule;
import org.prepdesk.store.Ids;
import org.prepdesk.store.JsonCodec;

/**
 * The JSON of {@code rehearsal/<noteId>.json}: the schedule, the target speaking time and the
 * review log, known keys in a fixed order, then any keys this version does not know. Strict on
 * reading: a value of the wrong type, a negative count or an unknown grade fails the whole file,
 * which the store then sets aside (see {@link RehearsalCompanion}). Thread-safe (the codec it wraps is).
 */
final class RehearsalCodec {
    private static final Set<String> KEYS = Set.of("note", "stability", "difficulty", "due", "lastReview", "reps",
            "lapses", "targetSeconds", "log");

    private final JsonCodec json = new JsonCodec();

    byte[] encode(Rehearsal r, ObjectNode extras) {
        ObjectNode o = json.newObject();
        Schedule s = r.schedule();
        o.put("note", r.noteId());
        o.put("stability", s.stability());
        o.put("difficulty", s.difficulty());
        o.put("due", s.due() == null ? null : s.due().toString());
        o.put("lastReview", s.lastReview() == null ? null : s.lastReview().toString());
        o.put("reps", s.reps());
        o.put("lapses", s.lapses());
        o.put("targetSeconds", r.targetSeconds());
        ArrayNode log = o.putArray("log");
        for (RehearsalReview review : r.log()) {
            ObjectNode e = log.addObject();
            e.put("at", review.at().toString());
            e.put("grade", review.grade().id());
            e.put("seconds", review.secondsSpoken());
        }
        if (extras != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = extras.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!o.has(e.getKey())) {
                    o.set(e.getKey(), e.getValue());
                }
            }
        }
        return json.bytes(o);
    }

    JsonCodec.Decoded<Rehearsal> decode(byte[] bytes) throws IOException {
        ObjectNode o = json.parseObject(bytes);
        JsonNode id = o.get("note");
        if (id == null || !id.isTextual() || !Ids.isValid(id.asText())) {
            throw new JsonCodec.InvalidFileException("\"note\" is missing or not a valid id");
        }
        Schedule s = new Schedule(number(o, "stability"), number(o, "difficulty"), instant(o, "due"),
                instant(o, "lastReview"), count(o, "reps"), count(o, "lapses"));
        if (!s.isNew() && (s.difficulty() < 1 || s.difficulty() > 10)) {
            throw new JsonCodec.InvalidFileException("\"difficulty\" is not between 1 and 10");
        }
        List<RehearsalReview> log = new ArrayList<>();
        JsonNode entries = o.get("log");
        if (entries != null && !entries.isNull()) {
            if (!entries.isArray()) {
                throw new JsonCodec.InvalidFileException("\"log\" is not a list");
            }
            for (JsonNode e : entries) {
                if (!e.isObject()) {
                    throw new JsonCodec.InvalidFileException("\"log\" holds something that is not a review");
                }
                ObjectNode entry = (ObjectNode) e;
                Instant at = instant(entry, "at");
                JsonNode g = entry.get("grade");
                Grade grade = g == null || !g.isTextual() ? null : Grade.fromId(g.asText()).orElse(null);
                if (at == null || grade == null) {
                    throw new JsonCodec.InvalidFileException("a review in \"log\" has no time or no known grade");
                }
                log.add(new RehearsalReview(at, grade, count(entry, "seconds")));
            }
        }
        ObjectNode extras = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!KEYS.contains(e.getKey())) {
                extras = extras == null ? json.newObject() : extras;
                extras.set(e.getKey(), e.getValue());
            }
        }
        return new JsonCodec.Decoded<>(new Rehearsal(id.asText(), s, count(o, "targetSeconds"), log), extras);
    }

    private static double number(ObjectNode o, String key) throws JsonCodec.InvalidFileException {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!n.isNumber() || !Double.isFinite(n.asDouble()) || n.asDouble() < 0) {
            throw new JsonCodec.InvalidFileException("\"" + key + "\" is not a number of zero or more");
        }
        return n.asDouble();
    }

    private static int count(ObjectNode o, String key) throws JsonCodec.InvalidFileException {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 0) {
            throw new JsonCodec.InvalidFileException("\"" + key + "\" is not a whole number of zero or more");
        }
        return n.asInt();
    }

    private static Instant instant(ObjectNode o, String key) throws JsonCodec.InvalidFileException {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new JsonCodec.InvalidFileException("\"" + key + "\" is not a timestamp");
        }
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            throw new JsonCodec.InvalidFileException("\"" + key + "\" is not a timestamp");
        }
    }
}
