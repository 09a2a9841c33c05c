package org.prepdesk.review;

/** One thing a story lacks: the note, the rule and a one-line reason a person can act on. */
public record StarFinding(String noteId, String title, StarRule rule, String message) {
}
