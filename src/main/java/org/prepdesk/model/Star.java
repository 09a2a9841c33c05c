package org.prepdesk.model;

/** The four parts of a STAR story. Never null fields: an absent part is the empty string. */
public record Star(String situation, String task, String action, String result) {
    public static final Star EMPTY = new Star("", "", "", "");

    public Star {
        situation = Text.orEmpty(situation);
        task = Text.orEmpty(task);
        action = Text.orEmpty(action);
        result = Text.orEmpty(result);
    }

    public boolean isEmpty() {
        return situation.isEmpty() && task.isEmpty() && action.isEmpty() && result.isEmpty();
    }

    public Star withSituation(String s) {
        return new Star(s, task, action, result);
    }

    public Star withTask(String t) {
        return new Star(situation, t, action, result);
    }

    public Star withAction(String a) {
        return new Star(situation, task, a, result);
    }

    public Star withResult(String r) {
        return new Star(situation, task, action, r);
    }
}
