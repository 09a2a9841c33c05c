package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Grade;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;

class RehearsalQueueTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    private Workspace ws;
    private Rehearsals rehearsals;
    private Section section;

    @BeforeEach
    void open() {
        ws = Workspace.create(dir.resolve("ws"), "Queue");
        section = ws.createSection(null, "Prep");
        rehearsals = new Rehearsals(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Note add(Kind kind, String title, String... tags) {
        return ws.createNote(section.id(), Note.draft(kind, title).withTags(List.of(tags)));
    }

    private List<String> titles(RehearsalFilter filter, Instant at) {
        return rehearsals.queue(filter, at).stream().map(i -> i.note().title()).toList();
    }

    private static Instant days(double d) {
        return T0.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
    }

    @Test
    void newItemsComeInTreeOrderAndOnlyRehearsableKindsAreListed() {
        add(Kind.STORY, "s1");
        add(Kind.ASK, "an ask");
        add(Kind.TALKING_POINT, "tp");
        add(Kind.NOTE, "a note");
        add(Kind.QUESTION, "q");
        assertThat(titles(RehearsalFilter.ALL, T0)).containsExactly("s1", "tp", "q");
        assertThat(rehearsals.queue(RehearsalFilter.ALL, T0)).allMatch(RehearsalItem::isNew);
    }

    @Test
    void dueItemsComeFirstLowestRetrievabilityFirstThenNewOnesAndNotDueOnesAreLeftOut() {
        Note weak = add(Kind.STORY, "weak");
        Note strong = add(Kind.STORY, "strong");
        Note notDue = add(Kind.STORY, "not due");
        add(Kind.STORY, "new");
        rehearsals.grade(strong.id(), Grade.GOOD, 60, T0);  // due in 3 days, stability 3.2
        rehearsals.grade(weak.id(), Grade.AGAIN, 60, T0);   // due in 1 day, stability 0.4
        rehearsals.grade(notDue.id(), Grade.EASY, 60, T0);  // due in 16 days
        List<RehearsalItem> q = rehearsals.queue(RehearsalFilter.ALL, days(5));
        assertThat(q).extracting(i -> i.note().title()).containsExactly("weak", "strong", "new");
        assertThat(q.get(0).retrievability()).isLessThan(q.get(1).retrievability());
        assertThat(q.get(0).isDue()).isTrue();
    }

    @Test
    void theMostOverdueForItsStabilityComesFirstEvenWhenItFellDueLater() {
        Note early = add(Kind.STORY, "due first, strong");
        Note late = add(Kind.STORY, "due later, weak");
        rehearsals.grade(early.id(), Grade.EASY, 0, T0);           // stability 15.7, due day 16
        rehearsals.grade(late.id(), Grade.AGAIN, 0, days(15));     // stability 0.4, due day 16
        assertThat(titles(RehearsalFilter.ALL, days(18))).containsExactly("due later, weak", "due first, strong");
    }

    @Test
    void filtersTakeAnyOfTheTagsIgnoringCaseAndAnyOfTheKinds() {
        add(Kind.STORY, "acme story", "Acme");
        add(Kind.TALKING_POINT, "acme point", "acme");
        add(Kind.STORY, "globex story", "globex");
        add(Kind.QUESTION, "untagged question");
        assertThat(titles(new RehearsalFilter(List.of("ACME"), Set.of(), 0, false), T0))
                .containsExactly("acme story", "acme point");
        assertThat(titles(new RehearsalFilter(List.of("acme", "globex"), Set.of(Kind.STORY), 0, false), T0))
                .containsExactly("acme story", "globex story");
        assertThat(titles(new RehearsalFilter(List.of(), Set.of(Kind.QUESTION), 0, false), T0))
                .containsExactly("untagged question");
        assertThat(titles(new RehearsalFilter(List.of(), Set.of(), 2, false), T0)).hasSize(2);
    }

    @Test
    void cramTakesEveryItemOnceDueOrNotWeakestFirst() {
        Note easy = add(Kind.STORY, "easy");
        Note again = add(Kind.STORY, "again");
        add(Kind.STORY, "new");
        rehearsals.grade(easy.id(), Grade.EASY, 0, T0);
        rehearsals.grade(again.id(), Grade.AGAIN, 0, T0);
        assertThat(titles(RehearsalFilter.ALL, days(1))).containsExactly("again", "new");
        assertThat(titles(RehearsalFilter.ALL.withCram(true), days(1))).containsExactly("new", "again", "easy");
    }

    @Test
    void targetsAreTwoMinutesForStoriesAndQuestionsOneForTalkingPointsAndSettablePerNote() {
        Note story = add(Kind.STORY, "story");
        Note point = add(Kind.TALKING_POINT, "point");
        Note question = add(Kind.QUESTION, "question");
        rehearsals.setTarget(point.id(), 45);
        List<RehearsalItem> q = rehearsals.queue(RehearsalFilter.ALL, T0);
        assertThat(q).extracting(RehearsalItem::targetSeconds).containsExactly(120, 45, 120);
        assertThat(rehearsals.of(story.id()).targetSeconds()).isZero();
        assertThat(question.kind()).isEqualTo(Kind.QUESTION);
    }

    @Test
    void aWrittenAnswerLongerThanTheTargetAt130WordsAMinuteIsFlaggedAndAQuestionIsTimedByItsStory() {
        String words300 = "word ".repeat(300);    // 300 words ≈ 138 s
        Note longStory = ws.createNote(section.id(), Note.draft(Kind.STORY, "long").withStar(
                new Star("", "", words300, "")));
        Note shortPoint = ws.createNote(section.id(), Note.draft(Kind.TALKING_POINT, "short").withBody("twenty words "
                .repeat(10)));
        Note question = ws.createNote(section.id(), Note.draft(Kind.QUESTION, "q?").withLinks(List.of(longStory.id())));
        List<RehearsalItem> q = rehearsals.queue(RehearsalFilter.ALL, T0);
        assertThat(q.get(0).writtenSeconds()).isEqualTo(138);
        assertThat(q.get(0).tooLongToSay()).isTrue();
        assertThat(q.get(1).note().id()).isEqualTo(shortPoint.id());
        assertThat(q.get(1).tooLongToSay()).isFalse();
        assertThat(q.get(2).note().id()).isEqualTo(question.id());
        assertThat(q.get(2).tooLongToSay()).isTrue();
    }

    @Test
    void gradingANoteThatIsNotRehearsedOrUnknownIsRefusedAndWritesNothing() {
        Note ask = add(Kind.ASK, "What is the team like?");
        assertThatThrownBy(() -> rehearsals.grade(ask.id(), Grade.GOOD, 0, T0))
                .isInstanceOf(StoreException.class).hasMessageContaining("only stories, talking points and likely questions");
        assertThatThrownBy(() -> rehearsals.grade("nnope0000000a", Grade.GOOD, 0, T0))
                .isInstanceOf(StoreException.class).hasMessageContaining("no note");
        assertThat(rehearsals.store().listing().rehearsals()).isEmpty();
    }
}
