package org.prepdesk.search;

import java.util.List;
import org.prepdesk.model.Kind;

/**
 * One ranked hit. {@code snippet} is plain text (never markup); {@code snippetMarks} are the
 * [start, end) character ranges of the matched words inside it. {@code hits} locate the matches
 * inside the note's own fields, so an editor can put the caret on the first one.
 */
public record SearchHit(String id, String title, Kind kind, String section, List<String> tags, float score,
                        String snippet, List<Span> snippetMarks, List<FieldSpan> hits) {

    /** A [start, end) range of characters. */
    public record Span(int start, int end) {
    }

    /** A [start, end) range inside one field of the note: "title", "body", "situation", … */
    public record FieldSpan(String field, int start, int end) {
    }
}
