package org.prepdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One piece of prep material. Immutable; every change makes a new value through the
 * {@code with…} methods. {@code links} names the notes that answer a question.
 * {@code confidence} is 0 when unset, else 1 (shaky) to 5 (solid).
 */
public record Note(
        String id,
        String sectionId,
        long rank,
        Kind kind,
        String title,
        String body,
        List<String> tags,
        List<String> cues,
        Star star,
        List<String> links,
        int confidence,
        Instant created,
        Instant updated) {

    public static final int MAX_CONFIDENCE = 5;

    public Note {
        Objects.requireNonNull(id, "id");
        kind = kind == null ? Kind.NOTE : kind;
        title = Text.orEmpty(title);
        body = Text.orEmpty(body);
        tags = Text.cleanList(tags);
        cues = Text.cleanList(cues);
        star = star == null ? Star.EMPTY : star;
        links = Text.cleanList(links);
        confidence = Math.max(0, Math.min(MAX_CONFIDENCE, confidence));
        created = created == null ? Instant.EPOCH : created;
        updated = updated == null ? created : updated;
    }

    /** A new note's content before the workspace gives it an id and a place. */
    public static Note draft(Kind kind, String title) {
        return new Note("draft", null, 0, kind, title, "", List.of(), List.of(), Star.EMPTY, List.of(), 0, null, null);
    }

    public Note withKind(Kind k) {
        return new Note(id, sectionId, rank, k, title, body, tags, cues, star, links, confidence, created, updated);
    }

    public Note withTitle(String t) {
        return new Note(id, sectionId, rank, kind, t, body, tags, cues, star, links, confidence, created, updated);
    }

    public Note withBody(String b) {
        return new Note(id, sectionId, rank, kind, title, b, tags, cues, star, links, confidence, created, updated);
    }

    public Note withTags(List<String> t) {
        return new Note(id, sectionId, rank, kind, title, body, t, cues, star, links, confidence, created, updated);
    }

    public Note withCues(List<String> c) {
        return new Note(id, sectionId, rank, kind, title, body, tags, c, star, links, confidence, created, updated);
    }

    public Note withStar(Star s) {
        return new Note(id, sectionId, rank, kind, title, body, tags, cues, s, links, confidence, created, updated);
    }

    public Note withLinks(List<String> l) {
        return new Note(id, sectionId, rank, kind, title, body, tags, cues, star, l, confidence, created, updated);
    }

    public Note withConfidence(int c) {
        return new Note(id, sectionId, rank, kind, title, body, tags, cues, star, links, c, created, updated);
    }

    public Note withPlace(String newSectionId, long newRank) {
        return new Note(id, newSectionId, newRank, kind, title, body, tags, cues, star, links, confidence, created, updated);
    }

    public Note withIdentity(String newId, Instant createdAt) {
        return new Note(newId, sectionId, rank, kind, title, body, tags, cues, star, links, confidence, createdAt, createdAt);
    }

    public Note withUpdated(Instant when) {
        return new Note(id, sectionId, rank, kind, title, body, tags, cues, star, links, confidence, created, when);
    }

    /** True when the user-visible content equals the other's (identity, place and timestamps aside). */
    public boolean sameContentAs(Note o) {
        return kind == o.kind && title.equals(o.title) && body.equals(o.body) && tags.equals(o.tags)
                && cues.equals(o.cues) && star.equals(o.star) && links.equals(o.links) && confidence == o.confidence;
    }

    /** Every word the note holds, for counting and for "nothing lost" checks. */
    public String allText() {
        return String.join("\n", title, body, String.join(" ", cues), star.situation(), star.task(),
                star.action(), star.result());
    }
}
