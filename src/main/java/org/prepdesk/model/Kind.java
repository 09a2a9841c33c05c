package org.prepdesk.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a note is for; the id is the word written in JSON files and on the command line. */
public enum Kind {
    TALKING_POINT("talking-point", "Talking point"),
    STORY("story", "Story"),
    QUESTION("question", "Likely question"),
    ASK("ask", "Question to ask"),
    NOTE("note", "Note"),
    /** What the interviewers assess ("Communication"); stories, talking points and questions link to it. */
    COMPETENCY("competency", "Competency");

    private final String id;
    private final String label;

    Kind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Kind> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst();
    }

    /** "talking-point, story, question, ask, note, competency" for messages. */
    public static String allIds() {
        return Arrays.stream(values()).map(Kind::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
