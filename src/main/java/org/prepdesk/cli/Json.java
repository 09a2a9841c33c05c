package org.prepdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/** The stable {@code --json} shapes of DESIGN §6. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** {"id","title","kind","section","tags"}: a note in a list. */
    static ObjectNode summary(Workspace ws, Note n) {
        ObjectNode o = object();
        o.put("id", n.id());
        o.put("title", n.title());
        o.put("kind", n.kind().id());
        o.put("section", ws.sectionPath(n.sectionId()));
        strings(o.putArray("tags"), n.tags());
        return o;
    }

    /** A whole note, as {@code show --json} prints it. */
    static ObjectNode full(Workspace ws, Note n) {
        ObjectNode o = summary(ws, n);
        strings(o.putArray("cues"), n.cues());
        o.put("body", n.body());
        ObjectNode star = o.putObject("star");
        star.put("situation", n.star().situation());
        star.put("task", n.star().task());
        star.put("action", n.star().action());
        star.put("result", n.star().result());
        strings(o.putArray("links"), n.links());
        o.put("confidence", n.confidence());
        o.put("created", n.created().toString());
        o.put("updated", n.updated().toString());
        return o;
    }

    static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    static void print(PrintWriter out, Object node) {
        try {
            out.println(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
