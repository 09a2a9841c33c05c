package org.prepdesk.review;

/**
 * The checks {@link StarCheck} makes on a story, each with the id used on the command line and
 * the STAR part it concerns (so the editor can show the finding beside that field).
 */
public enum StarRule {
    MISSING_SITUATION("missing-situation", Part.SITUATION),
    MISSING_ACTION("missing-action", Part.ACTION),
    MISSING_RESULT("missing-result", Part.RESULT),
    RESULT_WITHOUT_NUMBER("result-without-number", Part.RESULT),
    WE_NOT_I("we-not-i", Part.ACTION),
    TOO_LONG("too-long", Part.WHOLE),
    ACTION_TOO_SHORT("action-too-short", Part.ACTION);

    /** Where a finding belongs: one of the four fields, or the story as a whole. */
    public enum Part { SITUATION, TASK, ACTION, RESULT, WHOLE }

    private final String id;
    private final Part part;

    StarRule(String id, Part part) {
        this.id = id;
        this.part = part;
    }

    public String id() {
        return id;
    }

    public Part part() {
        return part;
    }
}
