package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Grade;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.store.Workspace;

/** The review sheet ordered weakest first puts the never rehearsed first, marked, then the lowest recall. */
class SheetRehearsalOrderTest {
    @TempDir
    Path dir;

    @Test
    void weakestFirstUsesTheRehearsalsAndMarksWhatWasNeverRehearsed() {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "Sheet")) {
            Section s = ws.createSection(null, "Stories");
            Note known = ws.createNote(s.id(), Note.draft(Kind.STORY, "known").withTags(List.of("x")).withConfidence(1));
            Note shaky = ws.createNote(s.id(), Note.draft(Kind.STORY, "shaky").withTags(List.of("x")).withConfidence(5));
            ws.createNote(s.id(), Note.draft(Kind.STORY, "never").withTags(List.of("x")).withConfidence(5));
            Rehearsals r = new Rehearsals(ws);
            Instant now = Instant.now();
            r.grade(known.id(), Grade.EASY, 0, now.minus(Duration.ofHours(1)));
            r.grade(shaky.id(), Grade.AGAIN, 0, now.minus(Duration.ofDays(2)));
            SheetSpec weakest = new SheetSpec("new", "", "", List.of("x"), List.of(), List.of(), SheetSpec.Grouping.BY_KIND,
                    SheetSpec.Order.WEAKEST_FIRST);
            List<SheetItem> items = new SheetAssembler().assemble(weakest, ws).groups().get(0).items();
            assertThat(items).extracting(SheetItem::title).containsExactly("never", "shaky", "known");
            assertThat(items).extracting(SheetItem::neverRehearsed).containsExactly(true, false, false);
            assertThat(new HtmlSheetRenderer().render(new SheetAssembler().assemble(weakest, ws), HtmlSheetRenderer.Flavor.FILE))
                    .containsOnlyOnce("not yet rehearsed");

            SheetSpec tree = new SheetSpec("new", "", "", List.of("x"), List.of(), List.of(), SheetSpec.Grouping.BY_KIND,
                    SheetSpec.Order.TREE);
            List<SheetItem> inTree = new SheetAssembler().assemble(tree, ws).groups().get(0).items();
            assertThat(inTree).extracting(SheetItem::title).containsExactly("known", "shaky", "never");
            assertThat(inTree).noneMatch(SheetItem::neverRehearsed);
        }
    }
}
