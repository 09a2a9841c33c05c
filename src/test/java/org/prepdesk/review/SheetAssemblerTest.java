package org.prepdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;

class SheetAssemblerTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private Section stories;
    private Section deepDive;
    private Section nested;

    @BeforeEach
    void open() {
        ws = Workspace.create(dir.resolve("ws"), "Test");
        stories = ws.createSection(null, "Stories");
        deepDive = ws.createSection(null, "Deep dive");
        nested = ws.createSection(deepDive.id(), "Ingestion");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Note add(Section s, Kind kind, String title, String... tags) {
        return ws.createNote(s.id(), Note.draft(kind, title).withTags(List.of(tags)));
    }

    private static SheetSpec byTag(String... tags) {
        return new SheetSpec("h", "Sheet", "", List.of(tags), List.of(), List.of(), null, null);
    }

    private static List<String> headings(Sheet sheet) {
        return sheet.groups().stream().map(SheetGroup::heading).toList();
    }

    private static List<String> titles(SheetGroup g) {
        return g.items().stream().map(SheetItem::title).toList();
    }

    @Test
    void groupsByKindInTheFixedOrderAndLeavesOutEmptyGroups() {
        add(deepDive, Kind.ASK, "What does success look like?", "acme");
        add(deepDive, Kind.TALKING_POINT, "Caching", "acme");
        add(stories, Kind.STORY, "The outage", "acme");
        add(deepDive, Kind.NOTE, "Parking is at the back", "acme");

        Sheet sheet = new SheetAssembler().assemble(byTag("acme"), ws);

        assertThat(headings(sheet)).containsExactly("Stories", "Talking points", "Questions to ask", "Notes");
        assertThat(sheet.itemCount()).isEqualTo(4);
    }

    @Test
    void takesNotesWithAnyOfTheTagsIgnoringCase() {
        add(stories, Kind.STORY, "Tagged acme", "Acme");
        add(stories, Kind.STORY, "Tagged hm", "hm-round");
        add(stories, Kind.STORY, "Tagged other", "other");

        Sheet sheet = new SheetAssembler().assemble(byTag("acme", "hm-round"), ws);

        assertThat(titles(sheet.groups().get(0))).containsExactly("Tagged acme", "Tagged hm");
    }

    @Test
    void combinesTagsKindsAndSectionsWithSubsections() {
        add(nested, Kind.TALKING_POINT, "Under a subsection", "acme");
        add(deepDive, Kind.STORY, "A story in the section", "acme");
        add(stories, Kind.TALKING_POINT, "Elsewhere", "acme");
        add(nested, Kind.TALKING_POINT, "Untagged");

        SheetSpec spec = new SheetSpec("h", "", "", List.of("acme"), List.of(Kind.TALKING_POINT),
                List.of(deepDive.id()), null, null);
        Sheet sheet = new SheetAssembler().assemble(spec, ws);

        assertThat(sheet.groups()).hasSize(1);
        assertThat(titles(sheet.groups().get(0))).containsExactly("Under a subsection");
        assertThat(sheet.title()).isEqualTo(SheetAssembler.DEFAULT_TITLE);
    }

    @Test
    void aSpecThatSelectsNothingGivesAnEmptySheet() {
        add(stories, Kind.STORY, "Anything", "acme");
        SheetSpec nothing = new SheetSpec("h", "x", "", List.of(), List.of(), List.of(), null, null);

        assertThat(new SheetAssembler().assemble(nothing, ws).isEmpty()).isTrue();
        assertThat(new SheetAssembler().assemble(byTag("nobody-uses-this"), ws).isEmpty()).isTrue();
    }

    @Test
    void groupsBySectionInTreeOrderWithSectionPaths() {
        add(nested, Kind.ASK, "Nested ask", "t");
        add(stories, Kind.STORY, "First story", "t");
        add(deepDive, Kind.TALKING_POINT, "Deep point", "t");

        SheetSpec spec = new SheetSpec("h", "", "", List.of("t"), List.of(), List.of(), SheetSpec.Grouping.BY_SECTION, null);
        Sheet sheet = new SheetAssembler().assemble(spec, ws);

        assertThat(headings(sheet)).containsExactly("Stories", "Deep dive", "Deep dive / Ingestion");
    }

    @Test
    void ordersByTreeOrWeakestConfidenceFirst() {
        ws.createNote(stories.id(), Note.draft(Kind.STORY, "Solid").withTags(List.of("t")).withConfidence(5));
        ws.createNote(stories.id(), Note.draft(Kind.STORY, "Shaky").withTags(List.of("t")).withConfidence(2));
        ws.createNote(stories.id(), Note.draft(Kind.STORY, "Unrated").withTags(List.of("t")));
        ws.createNote(stories.id(), Note.draft(Kind.STORY, "Also shaky").withTags(List.of("t")).withConfidence(2));

        Sheet tree = new SheetAssembler().assemble(byTag("t"), ws);
        SheetSpec weakest = new SheetSpec("h", "", "", List.of("t"), List.of(), List.of(), null,
                SheetSpec.Order.WEAKEST_FIRST);
        Sheet weak = new SheetAssembler().assemble(weakest, ws);

        assertThat(titles(tree.groups().get(0))).containsExactly("Solid", "Shaky", "Unrated", "Also shaky");
        assertThat(titles(weak.groups().get(0))).containsExactly("Unrated", "Shaky", "Also shaky", "Solid");
    }

    @Test
    void condensesAStoryToFourShortStarLines() {
        String longAction = "Designed a pipeline with idempotent sinks keyed by event id and a dead-letter topic "
                + "with a replay tool and contract tests on every schema change, then ran both paths for a month";
        ws.createNote(stories.id(), Note.draft(Kind.STORY, "The rewrite").withTags(List.of("t"))
                .withStar(new Star("Batch jobs\nwere   late.", "", longAction, "Freshness: **minutes**."))
                .withBody("Long body that is not printed for a story."));

        SheetItem story = new SheetAssembler().assemble(byTag("t"), ws).groups().get(0).items().get(0);

        assertThat(story.star()).extracting(SheetItem.StarLine::letter).containsExactly("S", "A", "R");
        assertThat(story.star().get(0).text()).isEqualTo("Batch jobs were late.");
        String action = story.star().get(1).text();
        assertThat(action).endsWith("…").hasSizeLessThanOrEqualTo(Condense.STAR_WIDTH);
        assertThat(longAction).startsWith(action.substring(0, action.length() - 1));
        assertThat(longAction.charAt(action.length() - 1)).as("cut on a word boundary").isEqualTo(' ');
        assertThat(story.star().get(2).text()).isEqualTo("Freshness: minutes.");
        assertThat(story.line()).isEmpty();
    }

    @Test
    void condensesATalkingPointToItsCuesAndFirstSentence() {
        ws.createNote(deepDive.id(), Note.draft(Kind.TALKING_POINT, "Streaming").withTags(List.of("t"))
                .withCues(List.of("Idempotent sinks", "Replays"))
                .withBody("\"At the clinic I owned ingestion end to end. Then we moved to streaming.\"\n\nMore."));

        SheetItem point = new SheetAssembler().assemble(byTag("t"), ws).groups().get(0).items().get(0);

        assertThat(point.cues()).containsExactly("Idempotent sinks", "Replays");
        assertThat(point.line()).isEqualTo("At the clinic I owned ingestion end to end.");
    }

    @Test
    void listsTheNotesThatAnswerAQuestionBeneathItAndSkipsMissingOnes() {
        Note outage = add(stories, Kind.STORY, "The outage", "other-tag");
        Note caching = add(deepDive, Kind.TALKING_POINT, "Caching");
        ws.createNote(deepDive.id(), Note.draft(Kind.QUESTION, "Tell me about a failure.").withTags(List.of("t"))
                .withLinks(List.of(caching.id(), "n-gone", outage.id())));
        ws.createNote(deepDive.id(), Note.draft(Kind.ASK, "What would I own?").withTags(List.of("t")));

        Sheet sheet = new SheetAssembler().assemble(byTag("t"), ws);

        assertThat(headings(sheet)).containsExactly("Likely questions", "Questions to ask");
        SheetItem q = sheet.groups().get(0).items().get(0);
        assertThat(q.answers()).extracting(SheetItem.Answer::title).containsExactly("Caching", "The outage");
        assertThat(sheet.groups().get(1).items().get(0).answers()).isEmpty();
    }

    @Test
    void sameWorkspaceGivesTheSameSheet() {
        for (int i = 0; i < 20; i++) {
            add(i % 2 == 0 ? stories : nested, Kind.values()[i % Kind.values().length], "Note " + i, "t");
        }
        SheetSpec spec = byTag("t");

        Sheet first = new SheetAssembler().assemble(spec, ws);
        Sheet reopened;
        ws.close();
        try (Workspace again = Workspace.open(dir.resolve("ws"), Workspace.Access.READ)) {
            reopened = new SheetAssembler().assemble(spec, again);
        }
        ws = Workspace.open(dir.resolve("ws"), Workspace.Access.WRITE);

        assertThat(reopened).isEqualTo(first);
        assertThat(new HtmlSheetRenderer().render(reopened, HtmlSheetRenderer.Flavor.FILE))
                .isEqualTo(new HtmlSheetRenderer().render(first, HtmlSheetRenderer.Flavor.FILE));
    }

    @Test
    void aLimitedSheetKeepsTheFirstItemsInPrintOrder() {
        add(stories, Kind.STORY, "S1", "t");
        add(stories, Kind.STORY, "S2", "t");
        add(deepDive, Kind.TALKING_POINT, "P1", "t");
        add(deepDive, Kind.ASK, "A1", "t");
        Sheet sheet = new SheetAssembler().assemble(byTag("t"), ws);

        Sheet limited = sheet.limitedTo(3);

        assertThat(headings(limited)).containsExactly("Stories", "Talking points");
        assertThat(limited.itemCount()).isEqualTo(3);
        assertThat(sheet.limitedTo(10)).isSameAs(sheet);
    }
}
