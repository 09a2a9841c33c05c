package org.prepdesk.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;

/**
 * Builds a workspace with 25 typical items tagged "onsite": 8 stories, 8 talking points,
 * 6 likely questions (each answered by a story) and 3 questions to ask, plus one untagged note.
 * Used by the tests that look at the size and content of a real sheet.
 */
public final class TypicalWorkspace {
    public static final String TAG = "onsite";

    private TypicalWorkspace() {
    }

    public static Workspace create(Path dir) {
        Workspace ws = Workspace.create(dir, "Typical");
        Section stories = ws.ensureSectionPath(List.of("Behavioural", "Stories"));
        Section points = ws.ensureSectionPath(List.of("Deep dive", "Streaming platform"));
        Section questions = ws.ensureSectionPath(List.of("Behavioural", "Likely questions"));
        Section asks = ws.ensureSectionPath(List.of("Questions for them"));
        List<String> storyIds = new ArrayList<>();
        String[][] s = {
            {"Replacing the nightly batch with streaming", "Nightly batch jobs at the clinic network missed their window three times a week as event volume doubled.",
                "Make clinical events available within minutes without losing or duplicating any of them.",
                "Designed a Kafka and Flink pipeline with idempotent sinks keyed by event id, a dead-letter topic and a replay tool; ran both paths side by side for a month.",
                "Freshness went from six hours to under four minutes; duplicate rate dropped to zero in every audit since."},
            {"Lakehouse migration without downtime", "Analysts queried Parquet tables that were rewritten nightly and often half-written.",
                "Move 40 TB to Iceberg while dashboards kept working.",
                "Built backfill tooling, a dual-read verification period comparing row counts and checksums, and a switch per table.",
                "Finished two weeks early with no dashboard outage; query cost fell by a third."},
            {"Disagreeing with the staff engineer on schemas", "A senior colleague wanted free-form JSON events to move faster.",
                "", "Wrote a one-page comparison with two incidents caused by schema drift, proposed a registry with compatibility checks in CI, and offered to migrate the first three producers myself.",
                "We adopted the registry; breaking changes caught in CI went from zero to eleven in the first quarter."},
            {"On-call incident: the replay that doubled invoices", "A replay during a partition rebalance produced duplicate billing events.",
                "Stop the damage, fix the data and make it impossible to repeat.",
                "Paused the sink, wrote a de-duplication job keyed by event id, and added an exactly-once test that kills workers mid-write.",
                "Corrected 12,000 invoices before they were sent; no repeat in eighteen months."},
            {"Mentoring two new engineers", "The team doubled in a quarter and reviews became a bottleneck.",
                "Get the new engineers shipping on their own within six weeks.",
                "Paired on their first tickets, wrote a review checklist, and handed each of them ownership of one connector.",
                "Both shipped connectors to production by week five; review wait time halved."},
            {"Cutting cloud cost without slowing queries", "The data platform bill grew 40% in a year with flat usage.",
                "Find savings the analysts would not notice.",
                "Tagged every job by owner, compacted small files, moved cold partitions to cheaper storage and set per-team budgets.",
                "Saved 28% of the monthly bill; p95 query time unchanged."},
            {"Saying no to a launch date", "Product wanted the new consent feed live before the audit.",
                "Protect patient data without blocking the launch.",
                "Split the feed so the safe half shipped on time and the consent checks followed a week later behind a flag.",
                "Passed the audit; the launch slipped by one week for one customer only."},
            {"Learning Flink in a month", "We chose Flink but nobody on the team had run it in production.",
                "Be ready to operate it before the cut-over.",
                "Read the internals, ran chaos tests on a staging cluster and wrote the runbook as I learned.",
                "The first production incident was resolved in 20 minutes from the runbook."},
        };
        for (String[] row : s) {
            Note n = ws.createNote(stories.id(), Note.draft(Kind.STORY, row[0]).withTags(List.of(TAG))
                    .withStar(new Star(row[1], row[2], row[3], row[4])).withConfidence(storyIds.size() % 5 + 1));
            storyIds.add(n.id());
        }
        String[][] p = {
            {"Streaming at scale", "Idempotent sinks", "Replays", "Keeping a streaming pipeline correct under replays, late data and schema changes is the hard part, not throughput. Throughput is bought with partitions."},
            {"Schema contracts", "Registry", "CI checks", "Producers cannot publish a breaking change: the registry rejects it and CI runs compatibility checks on every pull request."},
            {"Lag alerting", "Consumer lag", "p95", "Consumer lag per partition is graphed and alerted on at p95, so a stuck partition pages before users notice."},
            {"Backfills", "Dual read", "", "Every backfill runs against a copy first and is compared by counts and checksums before the switch."},
            {"Cost awareness", "Owner tags", "Budgets", "Every job carries an owner tag and every team sees its own bill each Monday."},
            {"Data quality 数据质量", "Correctness 正确性", "Freshness 时效性", "正确性 comes first: every write is keyed by event id, so a replay overwrites instead of duplicating."},
            {"Why this company", "Mission", "Scale", "Your platform moves health data for millions of people, and I want my correctness work to matter at that scale."},
            {"Leadership without authority", "Written proposals", "", "I lead by writing the one-page proposal nobody else has time to write, and by doing the first migration myself."},
        };
        for (String[] row : p) {
            ws.createNote(points.id(), Note.draft(Kind.TALKING_POINT, row[0]).withTags(List.of(TAG))
                    .withCues(List.of(row[1], row[2])).withBody(row[3]));
        }
        String[] q = {"Tell me about a time you disagreed with a senior colleague.", "What is the hardest bug you have fixed?",
            "How do you keep data correct when events are replayed?", "Tell me about a project you are proud of.",
            "How have you helped others grow?", "How do you decide what not to build?"};
        int[][] answers = {{2}, {3}, {0, 3}, {1}, {4}, {6}};
        for (int i = 0; i < q.length; i++) {
            List<String> links = new ArrayList<>();
            for (int a : answers[i]) {
                links.add(storyIds.get(a));
            }
            ws.createNote(questions.id(), Note.draft(Kind.QUESTION, q[i]).withTags(List.of(TAG)).withLinks(links));
        }
        for (String a : new String[] {"What does the first ninety days look like for this role?",
            "Which part of the data platform worries you most today?", "How do staff engineers here decide what the team works on?"}) {
            ws.createNote(asks.id(), Note.draft(Kind.ASK, a).withTags(List.of(TAG)));
        }
        ws.createNote(points.id(), Note.draft(Kind.NOTE, "Untagged scratch note").withBody("Not on the sheet."));
        return ws;
    }
}
