package org.prepdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.prepdesk.model.Grade;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Schedule;
import org.prepdesk.review.RehearsalFilter;
import org.prepdesk.review.RehearsalItem;
import org.prepdesk.review.Rehearsals;
import org.prepdesk.review.SpeakingTime;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rehearse", mixinStandardHelpOptions = true,
        description = {"List what to rehearse aloud next, or record how one rehearsal went.",
                "Without --grade: the queue in order (due items, weakest first, then new ones).",
                "With --grade: records one review of note ID and prints when it is due next.",
                "Stories, talking points and likely questions are rehearsed; the schedule is FSRS-5.",
                "Reviews are kept in rehearsal/<id>.json; the note's own file is never rewritten."})
final class RehearseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "The queue as an array of {id, title, kind, due, retrievability, stability, "
            + "difficulty, reps, lapses, targetSeconds}; with --grade: {id, grade, due, intervalDays, stability, difficulty}.")
    boolean json;

    @Option(names = "--tag", paramLabel = "T", description = "Only notes with this tag (repeatable: any of them).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "K", description = "Only this kind: story, talking-point or question (repeatable).")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "At most N items.")
    Integer limit;

    @Option(names = "--cram", description = "Every selected item once, due or not, weakest first.")
    boolean cram;

    @Option(names = "--at", paramLabel = "INSTANT", description = "The time to schedule from, ISO-8601 (default: now), "
            + "e.g. 2026-12-03T09:00:00Z.")
    String at;

    @Option(names = "--grade", paramLabel = "GRADE", description = "Record a review: again, hard, good or easy.")
    String grade;

    @Option(names = "--seconds", paramLabel = "S", description = "How long the answer took to say (with --grade).")
    Integer seconds;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "The note rehearsed (with --grade).")
    String id;

    @Override
    public Integer call() {
        Instant when = parseAt();
        if (grade == null) {
            if (id != null || seconds != null) {
                throw CliError.usage(id != null ? "a note id goes with --grade; without it the queue is listed"
                        : "--seconds goes with --grade");
            }
            return list(when);
        }
        if (!tags.isEmpty() || !kinds.isEmpty() || limit != null || cram) {
            throw CliError.usage("--tag, --kind, --limit and --cram choose the queue; they do not go with --grade");
        }
        Grade g = Grade.fromId(grade).orElseThrow(() -> CliError.usage(
                "unknown grade '" + grade + "' (use one of: again, hard, good, easy)"));
        if (id == null) {
            throw CliError.usage("--grade needs the id of the note rehearsed");
        }
        if (seconds != null && seconds < 0) {
            throw CliError.usage("--seconds must be zero or more");
        }
        return record(g, when);
    }

    private int list(Instant when) {
        if (limit != null && limit < 1) {
            throw CliError.usage("--limit must be at least 1");
        }
        RehearsalFilter filter = new RehearsalFilter(tags, parseKinds(), limit == null ? 0 : limit, cram);
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openForReading()) {
            List<RehearsalItem> queue = rehearsals(ws).queue(filter, when);
            if (json) {
                ArrayNode a = Json.array();
                queue.forEach(i -> a.add(item(i)));
                Json.print(out, a);
                return 0;
            }
            if (queue.isEmpty()) {
                out.println("Nothing to rehearse" + (cram ? "" : " now (--cram takes every item, due or not)") + ".");
                return 0;
            }
            for (RehearsalItem i : queue) {
                Schedule s = i.schedule();
                String state = i.isNew() ? "new" : String.format("due %s  R %.2f  S %.1f  D %.1f  reps %d  lapses %d",
                        day(s.due()), i.retrievability(), s.stability(), s.difficulty(), s.reps(), s.lapses());
                out.printf("%s  %-13s  %s  [%s · target %s]%s%n", i.note().id(), i.note().kind().id(), i.note().title(),
                        state, SpeakingTime.clock(i.targetSeconds()), i.tooLongToSay()
                                ? "  (the written answer takes " + SpeakingTime.clock(i.writtenSeconds()) + " to say)" : "");
            }
            return 0;
        }
    }

    private int record(Grade g, Instant when) {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openForWriting()) {
            Rehearsals.Graded r = rehearsals(ws).grade(id, g, seconds == null ? 0 : seconds, when);
            Schedule s = r.schedule();
            if (json) {
                ObjectNode o = Json.object();
                o.put("id", r.note().id());
                o.put("grade", g.id());
                o.put("due", s.due().toString());
                o.put("intervalDays", r.intervalDays());
                o.put("stability", s.stability());
                o.put("difficulty", s.difficulty());
                Json.print(out, o);
            } else {
                out.println("Next due " + s.due().truncatedTo(ChronoUnit.SECONDS) + " (in " + r.intervalDays()
                        + (r.intervalDays() == 1 ? " day" : " days") + "): " + r.note().title());
            }
            return 0;
        }
    }

    private static Rehearsals rehearsals(Workspace ws) {
        try {
            return new Rehearsals(ws, new org.prepdesk.review.RehearsalStore(ws),
                    org.prepdesk.review.ReviewScheduler.configured());
        } catch (IllegalArgumentException e) {
            throw CliError.usage(e.getMessage());
        }
    }

    private static ObjectNode item(RehearsalItem i) {
        ObjectNode o = Json.object();
        Schedule s = i.schedule();
        o.put("id", i.note().id());
        o.put("title", i.note().title());
        o.put("kind", i.note().kind().id());
        if (i.isNew()) {
            o.putNull("due");
            o.putNull("retrievability");
            o.putNull("stability");
            o.putNull("difficulty");
        } else {
            o.put("due", s.due().toString());
            o.put("retrievability", i.retrievability());
            o.put("stability", s.stability());
            o.put("difficulty", s.difficulty());
        }
        o.put("reps", s.reps());
        o.put("lapses", s.lapses());
        o.put("targetSeconds", i.targetSeconds());
        return o;
    }

    private static String day(Instant due) {
        return due.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private Instant parseAt() {
        if (at == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(at.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                throw CliError.usage("--at '" + at + "' is not an ISO-8601 instant (e.g. 2026-12-03T09:00:00Z)");
            }
        }
    }

    private Set<Kind> parseKinds() {
        Set<Kind> out = EnumSet.noneOf(Kind.class);
        for (String k : kinds) {
            Kind kind = Kind.fromId(k).orElseThrow(() -> CliError.usage(
                    "unknown kind '" + k + "' (rehearsed kinds: story, talking-point, question)"));
            if (!SpeakingTime.isRehearsable(kind)) {
                throw CliError.usage("a " + kind.id() + " is not rehearsed (rehearsed kinds: story, talking-point, question)");
            }
            out.add(kind);
        }
        return out;
    }
}
