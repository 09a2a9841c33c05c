package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.prepdesk.model.Kind;
import org.prepdesk.outline.Part.Heading;
import org.prepdesk.outline.Part.NotePart;

/**
 * Part of step 6 of the import: a list of what the interviewers assess. A heading or lead-in that
 * says so — "The panel will be listening for:", "What we look for", "They will want to understand
 * your:", "We assess", "Evaluation criteria", "Competencies", 考察重点 … (recognised by the idea:
 * someone looks for, listens for, assesses, evaluates or wants to see something, or names criteria,
 * competencies, signals) — becomes a section holding one {@code competency} note per item: its
 * first words up to a comma, a parenthesis or a dash are the title, the rest is the body. An item
 * that is itself a question to answer ({@code A crisp answer to "why are you leaving…?"}) is also a
 * likely question, linked to that competency; a tip ({@code Tip: …}) stays a plain note. Stateless.
 */
final class CompetencyLists {
    private static final Pattern LEAD_IN = Pattern.compile("(?iu).*(?:\\b(?:listen(?:s|ing)?\\s+(?:out\\s+)?for|look(?:s|ing)?\\s+for"
            + "|want(?:s)?\\s+to\\s+(?:see|understand|hear|know|learn\\s+about)|assess(?:es|ed|ing|ment|ments)?|evaluat(?:e|es|ed|ing|ion|ions)"
            + "|criteria|criterion|competenc(?:y|ies)|rubric|signals?\\s+(?:they|we|the)|(?:graded|scored|judged|measured|rated)\\s+on"
            + "|focus\\s+areas|what\\s+(?:they|we|the\\s+\\w+)\\s+(?:test|probe|measure|judge|value|care\\s+about))\\b"
            + "|\u8003\u5BDF|\u8003\u6838|\u8BC4\u4F30|\u8BC4\u4EF7\u6807\u51C6|\u770B\u91CD|\u5173\u6CE8\u70B9|\u80FD\u529B\u6A21\u578B).*");
    /** "What I look for in a team" is the candidate's own list, not the interviewers'. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:i|my|me|i'm)\\b|\u6211(?!\u4EEC)");
    private static final Pattern TIP = Pattern.compile("(?iu)(?:tips?|notes?|hints?|reminders?|remember|ps|nb|\u63D0\u793A|\u6CE8\u610F|\u5907\u6CE8)\\s*[:\uFF1A].*");
    private static final Pattern QUOTED_QUESTION = Pattern.compile("[\"\u300C]([^\"\u300D]*[?\uFF1F][^\"\u300D]*)[\"\u300D]");

    private CompetencyLists() {
    }

    /** A heading or lead-in line that says what the interviewers look for. */
    static boolean isLeadIn(String title) {
        String t = title.strip();
        return !t.isEmpty() && Patterns.tokens(t) <= 12 && !Patterns.isAsksHeading(t) && !Patterns.isQuestion(t)
                && !FIRST_PERSON.matcher(t).find() && LEAD_IN.matcher(t).matches();
    }

    /** Adds the section {@code h} becomes to {@code target} and returns true, or returns false and adds nothing. */
    static boolean place(Heading h, PlanSection target) {
        if (!isLeadIn(h.title) || h.content.isEmpty()) {
            return false;
        }
        List<PlanNote> notes = new ArrayList<>();
        for (Part p : h.content) {
            if (p instanceof Heading inner && !inner.content.isEmpty() && PlanAssembler.onlyProse(inner.content)) {
                listed(inner, notes);
                continue;
            }
            if (!(p instanceof NotePart n) || !n.after.isEmpty() || n.note.kind() == Kind.STORY || n.note.kind() == Kind.ASK) {
                return false;
            }
            if (n.shape == Part.Shape.TYPED && n.note.kind() != Kind.QUESTION) {
                n.note.setKind(Kind.COMPETENCY);
                notes.add(n.note);
            } else if (n.shape == Part.Shape.TYPED) {
                item(n.note.title() + (n.note.body().isEmpty() ? "" : "\n" + n.note.body()), notes);
            } else {
                for (String line : items(n)) {
                    item(line, notes);
                }
            }
        }
        PlanSection s = target.addSection(Patterns.withoutColon(h.title));
        notes.forEach(s::add);
        return true;
    }

    /**
     * A line that looked like a heading with lines below it: lines at its own column are more
     * items of the list ("Motivation for …" / "Experience running …"), lines indented deeper are its body.
     */
    private static void listed(Heading inner, List<PlanNote> notes) {
        boolean siblings = inner.joined && inner.content.size() == 1 || inner.content.stream().allMatch(c -> c.col == inner.col);
        List<String> lines = new ArrayList<>();
        inner.content.forEach(c -> lines.addAll(items((NotePart) c)));
        if (siblings) {
            item(inner.title, notes);
            lines.forEach(l -> item(l, notes));
        } else {
            item(inner.title + ", " + String.join("\n", lines), notes);
        }
    }

    /** The lines of a prose part, each a list item; lines indented below one belong to it. */
    private static List<String> items(NotePart n) {
        List<String> out = new ArrayList<>();
        for (String l : n.lines) {
            if (l.startsWith(" ") && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "\n" + l.strip());
            } else if (!l.isBlank()) {
                out.add(l.strip().replaceFirst("^- ", ""));
            }
        }
        return out;
    }

    private static void item(String text, List<PlanNote> out) {
        if (TIP.matcher(text).matches()) {
            out.add(Classifier.proseNote(text));
            return;
        }
        String plain = text.replace("\"", "").replace("\u300C", "").replace("\u300D", "");
        int cut = breakAt(plain);
        String title;
        String body;
        if (cut > 0) {
            title = plain.substring(0, cut).strip();
            body = plain.substring(cut).replaceFirst("^[\\s,;:\u2013\u2014\uFF0C\uFF1B-]+", "").strip();
            if (body.startsWith("(") && body.endsWith(")") && body.indexOf(')') == body.length() - 1) {
                body = body.substring(1, body.length() - 1).strip();
            }
        } else {
            title = Titles.of(plain);
            body = Titles.needsBody(plain, title) ? plain.strip() : "";
        }
        String question = question(text);
        if (question != null && question.equals(text.strip())) {
            out.add(PlanNote.of(Kind.QUESTION, Titles.of(question), Titles.needsBody(question, Titles.of(question)) ? question : ""));
            return; // the item is the question itself, not something they assess
        }
        PlanNote competency = PlanNote.of(Kind.COMPETENCY, title, body);
        out.add(competency);
        if (question != null) {
            PlanNote q = PlanNote.of(Kind.QUESTION, Titles.of(question), Titles.needsBody(question, Titles.of(question)) ? question : "");
            q.answeredBy(competency);
            out.add(q);
        }
    }

    /** Where the title ends: the first comma, semicolon, parenthesis or spaced dash after a word; else -1. */
    private static int breakAt(String s) {
        Matcher m = Pattern.compile("[,;(\uFF0C\uFF1B\uFF08]|\\s[\u2013\u2014-]\\s").matcher(s);
        while (m.find()) {
            if (Patterns.tokens(s.substring(0, m.start())) >= 1) {
                return m.start();
            }
        }
        return -1;
    }

    /** The question an item asks for an answer to, or null. */
    private static String question(String text) {
        Matcher m = QUOTED_QUESTION.matcher(text);
        if (m.find()) {
            return m.group(1).strip();
        }
        return Patterns.isQuestion(text) || QuestionShapes.isQuestion(text) ? text.strip() : null;
    }
}
