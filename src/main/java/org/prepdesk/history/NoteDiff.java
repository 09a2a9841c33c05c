package org.prepdesk.history;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.prepdesk.model.Note;

/**
 * A line diff of two versions of a note as a person reads it (title, tags, STAR fields, body), not
 * of its JSON, computed with Git's histogram diff. Stateless; thread-safe.
 */
public final class NoteDiff {
    /** One line of an inline diff. */
    public record Line(Op op, String text) {
    }

    public enum Op { SAME, REMOVED, ADDED }

    private NoteDiff() {
    }

    /** Every line of both versions in reading order, marked same, removed or added. */
    public static List<Line> between(Note older, Note newer) {
        String a = readable(older);
        String b = readable(newer);
        RawText ra = new RawText(a.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        RawText rb = new RawText(b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, ra, rb);
        List<Line> out = new ArrayList<>();
        int ia = 0;
        for (Edit e : edits) {
            for (; ia < e.getBeginA(); ia++) {
                out.add(new Line(Op.SAME, ra.getString(ia)));
            }
            for (int i = e.getBeginA(); i < e.getEndA(); i++) {
                out.add(new Line(Op.REMOVED, ra.getString(i)));
            }
            for (int i = e.getBeginB(); i < e.getEndB(); i++) {
                out.add(new Line(Op.ADDED, rb.getString(i)));
            }
            ia = e.getEndA();
        }
        for (; ia < ra.size(); ia++) {
            out.add(new Line(Op.SAME, ra.getString(ia)));
        }
        return out;
    }

    /** The note as lines of text: what a diff should compare. */
    static String readable(Note n) {
        StringBuilder sb = new StringBuilder();
        sb.append("Title: ").append(n.title()).append('\n');
        sb.append("Kind: ").append(n.kind().label()).append('\n');
        if (!n.tags().isEmpty()) {
            sb.append("Tags: ").append(String.join(", ", n.tags())).append('\n');
        }
        if (!n.cues().isEmpty()) {
            sb.append("Cues: ").append(String.join(", ", n.cues())).append('\n');
        }
        if (!n.star().isEmpty()) {
            sb.append("Situation: ").append(n.star().situation()).append('\n');
            sb.append("Task: ").append(n.star().task()).append('\n');
            sb.append("Action: ").append(n.star().action()).append('\n');
            sb.append("Result: ").append(n.star().result()).append('\n');
        }
        if (!n.body().isEmpty()) {
            sb.append('\n').append(n.body());
            if (!n.body().endsWith("\n")) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
