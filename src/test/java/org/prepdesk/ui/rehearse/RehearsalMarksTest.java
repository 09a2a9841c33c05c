package org.prepdesk.ui.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Grade;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.review.Rehearsals;
import org.prepdesk.store.SameThreadTaskExecutor;
import org.prepdesk.store.Workspace;

class RehearsalMarksTest {
    @TempDir
    Path dir;

    @Test
    void theMarkSaysNeverDueWeakOrStableAndNothingForKindsNotRehearsed() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "Marks")) {
            String s = ws.createSection(null, "S").id();
            Note never = ws.createNote(s, Note.draft(Kind.STORY, "never"));
            Note due = ws.createNote(s, Note.draft(Kind.STORY, "due"));
            Note weak = ws.createNote(s, Note.draft(Kind.TALKING_POINT, "weak"));
            Note stable = ws.createNote(s, Note.draft(Kind.QUESTION, "stable"));
            Note ask = ws.createNote(s, Note.draft(Kind.ASK, "ask"));
            Rehearsals r = new Rehearsals(ws);
            RehearsalMarks marks = new RehearsalMarks(r, new SameThreadTaskExecutor());
            Instant now = Instant.now();
            marks.update(r.grade(due.id(), Grade.AGAIN, 0, now.minus(Duration.ofDays(2))).rehearsal());
            marks.update(r.grade(weak.id(), Grade.GOOD, 0, now).rehearsal());
            marks.update(r.grade(stable.id(), Grade.EASY, 0, now).rehearsal());
            assertThat(marks.colour(never.id(), Kind.STORY)).isEqualTo(RehearsalMarks.NEVER);
            assertThat(marks.colour(due.id(), Kind.STORY)).isEqualTo(RehearsalMarks.DUE);
            assertThat(marks.colour(weak.id(), Kind.TALKING_POINT)).isEqualTo(RehearsalMarks.WEAK);
            assertThat(marks.colour(stable.id(), Kind.QUESTION)).isEqualTo(RehearsalMarks.STRONG);
            assertThat(marks.colour(ask.id(), Kind.ASK)).isNull();
            assertThat(marks.describe(never.id(), Kind.STORY)).isEqualTo("Never rehearsed");
            assertThat(marks.describe(due.id(), Kind.STORY)).startsWith("Rehearsal due now · recall ").endsWith(" · 1 review");
            assertThat(marks.describe(stable.id(), Kind.QUESTION)).startsWith("Rehearsal due in 16 days");
        }
    }
}
