package org.prepdesk.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/** The STAR formats people really write import as stories, and the questions above them link to them. */
class StarShapesTest {
    private final OutlineImporter importer = new OutlineImporter();

    private PlanSection plan(String fixture) {
        OutlinePlan plan = importer.plan(Samples.resource("star/" + fixture));
        assertThat(plan.warnings()).isEmpty();
        return plan.root();
    }

    @Test
    void aQuestionHeadingOverLabelHeadingsIsAQuestionLinkedToItsStory() {
        PlanSection prep = Trees.section(plan("label-headings.md"), "Behavioural prep — Fernhill Analytics");
        assertThat(prep.notes()).extracting(PlanNote::kind, PlanNote::title).containsExactly(
                tuple(Kind.QUESTION, "Tell me about a time you had to change a plan late"),
                tuple(Kind.STORY, "Had to change a plan late"),
                tuple(Kind.QUESTION, "Describe a time you disagreed with a senior engineer"),
                tuple(Kind.STORY, "Disagreed with a senior engineer"));
        assertThat(prep.children()).isEmpty();
        PlanNote late = Trees.note(prep, "Had to change a plan late");
        assertThat(Trees.note(prep, "Tell me about a time you had to change a plan late").answeredBy()).containsExactly(late);
        assertThat(late.star().situation()).startsWith("Two weeks before the billing launch")
                .contains("\n\n- our integration tests ran only against that sandbox\n- the launch date");
        assertThat(late.star().task()).isEqualTo("I owned the integration and had to keep the date without shipping untested code.");
        assertThat(late.star().action()).startsWith("**First**, I wrote a fake").contains("\n\n**Second**, I split")
                .endsWith("> \"Ship the part you can prove,\" as my lead put it.");
        assertThat(late.star().result()).startsWith("We launched on the announced day");
        PlanNote disagreed = Trees.note(prep, "Disagreed with a senior engineer");
        assertThat(disagreed.star().action()).contains("2. I proposed profiling the hot path first.\n   - profiling found");
        assertThat(disagreed.body()).isEqualTo("Learnings:\nAsk what problem a proposal solves before arguing about the solution.");
    }

    @Test
    void bareLabelsFollowedByBulletsUnderAStoryHeadingAreThatStory() {
        PlanSection loop = Trees.section(plan("bare-labels.md"), "Stories for the Quillmate loop");
        assertThat(loop.notes()).extracting(PlanNote::kind, PlanNote::title).containsExactly(
                tuple(Kind.STORY, "Led the move off the shared database"), tuple(Kind.STORY, "Rescued the flaky mobile release"));
        assertThat(loop.children()).isEmpty();
        PlanNote moved = loop.notes().get(0);
        assertThat(moved.body()).isEqualTo("traits: ownership, leadership");
        assertThat(moved.star().situation()).isEqualTo("- five teams wrote to one Postgres instance\n- every schema change needed a meeting");
        assertThat(moved.star().action()).isEqualTo("- wrote the migration playbook\n- paired with each team for their first cut-over");
        assertThat(moved.star().result()).isEqualTo("- all five teams moved in one quarter\n- schema meetings stopped");
        PlanNote unfinished = loop.notes().get(1);
        assertThat(unfinished.star().action()).isEqualTo("- added a release captain rotation");
        assertThat(unfinished.star().result()).as("a label with nothing after it yet").isEmpty();
    }

    @Test
    void boldAbbreviatedAndChineseLabelsFillTheFourParts() {
        PlanSection root = plan("bold-and-short-labels.txt");
        List<PlanNote> stories = root.allNotes().stream().filter(n -> n.kind() == Kind.STORY).toList();
        assertThat(stories).extracting(PlanNote::title).containsExactly("The pricing bug", "The slow dashboard",
                "The onboarding guide", "The noisy alerts", "The vendor outage", "数据迁移", "Mixed labels");
        assertThat(stories).allMatch(s -> !s.star().situation().isEmpty() && !s.star().task().isEmpty()
                && !s.star().action().isEmpty() && !s.star().result().isEmpty(), "all four parts filled");
        assertThat(stories).extracting(s -> s.star().task()).containsExactly("Find every wrong charge and refund it.",
                "Get it under five seconds before the board meeting.", "Halve that.", "Cut it to what needs a human.",
                "Make the next outage invisible to shoppers.", "把时间缩短到一小时以内。", "Agree on one contract format.");
        assertThat(stories).extracting(s -> s.star().situation()).noneMatch(s -> s.matches("^(\\*|\\(|S\\b|情境|背景).*"));
        assertThat(Trees.note(root, "The noisy alerts").body()).isEqualTo("Lessons: Alerts need an owner, or they rot.");
        assertThat(Trees.note(root, "数据迁移").star().result()).isEqualTo("每天只需要四十分钟，错误率下降了百分之九十。");
    }

    @Test
    void bulletRunsUnderSuccessesAndFailuresAreStoriesWithTheirWholeRunAsBody() {
        PlanSection prep = Trees.section(plan("bullet-stories.md"), "Prep notes");
        assertThat(Trees.section(prep, "Successes").notes()).extracting(PlanNote::kind, PlanNote::title).containsExactly(
                tuple(Kind.STORY, "A project that went well"), tuple(Kind.STORY, "Shipping the export feature early"));
        assertThat(Trees.section(prep, "Failures").notes()).extracting(PlanNote::kind, PlanNote::title).containsExactly(
                tuple(Kind.STORY, "Failure story #2"), tuple(Kind.STORY, "Conflict with a teammate"));
        assertThat(Trees.section(prep, "Weaknesses").notes()).extracting(PlanNote::kind).containsExactly(Kind.STORY);
        PlanNote export = Trees.note(Trees.section(prep, "Successes"), "Shipping the export feature early");
        assertThat(export.body()).isEqualTo("- customers asked for CSV export for a year\n- built it in a hack week with one "
                + "designer\n- 300 accounts used it in the first month");
        assertThat(export.star().situation() + export.star().action()).isEmpty();
    }

    @Test
    void questionHeadingsWithoutAQuestionMarkAreQuestionsWithTheAnswerAsBody() {
        PlanSection screen = Trees.section(plan("question-headings.md"), "Recruiter screen");
        assertThat(screen.notes()).extracting(PlanNote::kind, PlanNote::title).containsExactly(
                tuple(Kind.QUESTION, "Tell me about yourself"), tuple(Kind.QUESTION, "why are you leaving your current job"),
                tuple(Kind.QUESTION, "about the career break"), tuple(Kind.QUESTION, "为什么想加入我们"),
                tuple(Kind.QUESTION, "Walk me through your resume"));
        assertThat(Trees.note(screen, "Tell me about yourself").body()).isEqualTo(
                "I am a backend engineer with six years in payments and data platforms.\nLately I have been leading a team of four.");
        assertThat(Trees.note(screen, "Walk me through your resume").body()).isEqualTo(
                "- 2019–2022: payments at a fintech\n- 2022–now: data platform lead");
        assertThat(Trees.section(screen, "Questions to ask").notes()).extracting(PlanNote::kind, PlanNote::title).containsExactly(
                tuple(Kind.ASK, "What does success look like after six months?"), tuple(Kind.ASK, "How is on-call shared?"));
    }

    @Test
    void aPlainQuestionLineFollowedByAStoryLinksToIt(@TempDir Path dir) {
        OutlinePlan plan = importer.plan(Samples.resource("star/question-then-story.txt"));
        assertThat(plan.root().notes()).extracting(PlanNote::kind, PlanNote::title).containsExactly(
                tuple(Kind.NOTE, "Behavioural"),
                tuple(Kind.QUESTION, "Tell me about a time you missed a deadline"), tuple(Kind.STORY, "Missed a deadline"),
                tuple(Kind.QUESTION, "Describe a situation where you had to learn something fast"),
                tuple(Kind.STORY, "Learning Kubernetes in a Week"),
                tuple(Kind.QUESTION, "如何处理团队冲突"), tuple(Kind.STORY, "处理团队冲突"));
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "test")) {
            importer.write(ws, List.of(plan), List.of(), null);
            for (Note q : ws.notes().stream().filter(n -> n.kind() == Kind.QUESTION).toList()) {
                assertThat(q.links()).as(q.title()).hasSize(1);
                assertThat(ws.note(q.links().get(0)).orElseThrow().kind()).isEqualTo(Kind.STORY);
            }
        }
    }

    @Test
    void aWholePrepFileInEveryStyleGivesStoriesAndLinkedQuestionsWithNoLabelInATitle(@TempDir Path dir) {
        OutlinePlan plan = importer.plan(Samples.resource("star/full-prep.md"));
        List<PlanNote> notes = plan.root().allNotes();
        assertThat(notes).filteredOn(n -> n.kind() == Kind.STORY).extracting(PlanNote::title).containsExactly(
                "Disagreed with your manager", "Had to deliver with unclear requirements", "The warehouse outage",
                "Cutting the cloud bill", "Failure story #1");
        assertThat(notes).filteredOn(n -> n.kind() == Kind.QUESTION).extracting(PlanNote::title).containsExactly(
                "Tell me about a time you disagreed with your manager",
                "Describe a time you had to deliver with unclear requirements", "why are you leaving your current job",
                "为什么选择我们");
        assertThat(notes).extracting(PlanNote::title).noneMatch(t -> Patterns.starField(t) != null
                || t.matches("(?i).*\\b(situation|task|action|result)\\b.*|.*(情境|任务|行动|结果).*"));
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "test")) {
            importer.write(ws, List.of(plan), List.of(), null);
            List<Note> linked = ws.notes().stream().filter(n -> n.kind() == Kind.QUESTION && !n.links().isEmpty()).toList();
            assertThat(linked).extracting(Note::title).containsExactlyInAnyOrder(
                    "Tell me about a time you disagreed with your manager",
                    "Describe a time you had to deliver with unclear requirements");
            assertThat(linked).allMatch(q -> ws.note(q.links().get(0)).orElseThrow().kind() == Kind.STORY);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Situation: text            | situation | text
            **Situation:** text        | situation | text
            **Situation**: text        | situation | text
            Situation                  | situation | ''
            **S**: text                | situation | text
            **S:** text                | situation | text
            S - text                   | situation | text
            S. text                    | situation | text
            (S) text                   | situation | text
            情境：text                  | situation | text
            背景 (Situation): text      | situation | text
            Task 任务: text             | task      | text
            行动 Action: text           | action    | text
            Results – text             | result    | text
            Learnings: text            | extra     | text
            """)
    void starLabelsInEveryWrittenForm(String line, String part, String text) {
        Patterns.StarField sf = Patterns.starField(line);
        assertThat(sf).as(line).isNotNull();
        assertThat(sf.part()).isEqualTo(part);
        assertThat(sf.text()).isEqualTo(text);
    }

    @Test
    void boldLabelsAloneOnTheirLinesTakeTheParagraphsBelowThem() {
        String md = "## Cut the build time\n\n**Situation**\n\nThe build took 50 minutes.\n\nNobody trusted it.\n\n**Task**\n\n"
                + "Make it fast.\n\n**Action**\n\n- cached dependencies\n- split the tests\n\n**Result**\n\nTwelve minutes.\n";
        PlanNote story = importer.plan("b.md", md).root().notes().get(0);
        assertThat(story.kind()).isEqualTo(Kind.STORY);
        assertThat(story.title()).isEqualTo("Cut the build time");
        assertThat(story.star().situation()).isEqualTo("The build took 50 minutes.\n\nNobody trusted it.");
        assertThat(story.star().action()).isEqualTo("- cached dependencies\n- split the tests");
        assertThat(story.star().result()).isEqualTo("Twelve minutes.");
        assertThat(story.body()).isEmpty();
    }

    @Test
    void aBulletShapedLikeAQuestionStaysAListItemOfTheTalkingPointAbove() {
        PlanNote streaming = importer.plan("b.txt", "Topics\n\n    Streaming:\n        - Why Kafka over Kinesis\n"
                + "        - Exactly-once sinks\n").root().allNotes().get(0);
        assertThat(streaming.kind()).isEqualTo(Kind.TALKING_POINT);
        assertThat(streaming.title()).isEqualTo("Streaming");
        assertThat(streaming.body()).isEqualTo("- Why Kafka over Kinesis\n- Exactly-once sinks");
    }

    @Test
    void aBackgroundLineAloneIsNotAStory() {
        PlanNote note = importer.plan("b.txt", "项目介绍\n\n背景：公司有三百个数据管道。\n").root().allNotes().get(0);
        assertThat(note.kind()).isNotEqualTo(Kind.STORY);
        assertThat(note.body()).contains("公司有三百个数据管道");
    }

    @Test
    void linesThatOnlyLookLikeLabelsAreNot() {
        assertThat(Patterns.starField("Situation at work was tense.")).isNull();
        assertThat(Patterns.starField("Action items for Monday")).isNull();
        assertThat(Patterns.starField("So what changed?")).isNull();
        assertThat(Patterns.starField("Sa: text")).isNull();
    }

    @Test
    void questionsAreRecognisedByTheirShape() {
        assertThat(QuestionShapes.isQuestion("Tell me about yourself")).isTrue();
        assertThat(QuestionShapes.isQuestion("\"Tell me about a time you had to change a plan late\"")).isTrue();
        assertThat(QuestionShapes.isQuestion("why are you leaving your current job")).isTrue();
        assertThat(QuestionShapes.isQuestion("Why Stripe")).isTrue();
        assertThat(QuestionShapes.isQuestion("为什么想加入我们")).isTrue();
        assertThat(QuestionShapes.isQuestion("请介绍一下你自己")).isTrue();
        assertThat(QuestionShapes.isQuestion("What You Personally Did")).isFalse();
        assertThat(QuestionShapes.isQuestion("How we work")).isFalse();
        assertThat(QuestionShapes.isQuestion("How to reach the office")).isFalse();
        assertThat(QuestionShapes.isQuestion("Q3: Tell me about a failure")).isTrue();
        assertThat(QuestionShapes.isQuestion("2. Walk me through a design you regret")).isTrue();
        assertThat(QuestionShapes.gist("Q1: Tell me about a time you failed")).isEqualTo("Tell me about a time you failed");
        assertThat(QuestionShapes.isQuestion("What I learned from the outage")).isFalse();
        assertThat(QuestionShapes.isQuestion("Systems Worth Walking Through:")).isFalse();
        assertThat(QuestionShapes.gist("Tell me about a time you had to change a plan late")).isEqualTo("Had to change a plan late");
        assertThat(QuestionShapes.gist("Describe a situation where you had to learn something fast?"))
                .isEqualTo("Had to learn something fast");
    }
}
