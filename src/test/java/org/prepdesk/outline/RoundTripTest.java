package org.prepdesk.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;

/** import → export → import gives the same sections, kinds, titles, STAR fields, tags and cues. */
class RoundTripTest {
    @TempDir
    Path dir;

    private final OutlineImporter importer = new OutlineImporter();
    private final MarkdownExporter exporter = new MarkdownExporter();

    @Test
    void theSampleSurvivesExportAndReimport() {
        for (String name : List.of("onsite-prep-outline.txt", "northwind-loop.md", "contoso-phone-screen.txt",
                "competency-lists.txt", "quoted-labels.txt", "star/full-prep.md", "star/bold-and-short-labels.txt")) {
            try (Workspace first = Workspace.create(dir.resolve("a-" + name), "a");
                    Workspace second = Workspace.create(dir.resolve("b-" + name), "b")) {
                importer.write(first, List.of(importer.plan(Samples.resource(name))), List.of(), null);
                List<Path> files = exporter.export(first, null, dir.resolve("md-" + name));
                assertThat(files).hasSize(1);
                OutlinePlan back = importer.plan(files.get(0));
                assertThat(back.wrapped()).isFalse();
                importer.write(second, List.of(back), List.of(), null);
                assertThat(Trees.of(second, null)).isEqualTo(Trees.of(first, null));
            }
        }
    }

    @Test
    void competenciesComeBackAsCompetencies() throws Exception {
        try (Workspace first = Workspace.create(dir.resolve("a"), "a");
                Workspace second = Workspace.create(dir.resolve("b"), "b")) {
            Section top = first.createSection(null, "What they assess");
            first.createNote(top.id(), Note.draft(Kind.COMPETENCY, "Communication").withBody("Explains trade-offs plainly.")
                    .withTags(List.of("acme")));
            first.createNote(top.id(), Note.draft(Kind.COMPETENCY, "系统设计能力"));
            List<Path> files = exporter.export(first, null, dir.resolve("md"));
            assertThat(Files.readString(files.get(0))).contains("## Communication\nKind: competency · Tags: acme\n");
            importer.write(second, List.of(importer.plan(files.get(0))), List.of(), null);
            assertThat(second.notes()).extracting(Note::kind, Note::title).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(Kind.COMPETENCY, "Communication"),
                    org.assertj.core.groups.Tuple.tuple(Kind.COMPETENCY, "系统设计能力"));
            assertThat(Trees.of(second, null)).isEqualTo(Trees.of(first, null));
        }
    }

    @Test
    void anExportWithoutItsMarkerLineIsStillReadExactly() throws Exception {
        try (Workspace first = Workspace.create(dir.resolve("a"), "a");
                Workspace second = Workspace.create(dir.resolve("b"), "b")) {
            importer.write(first, List.of(importer.plan(Samples.sample())), List.of(), null);
            String md = exporter.toMarkdown(first, first.children(null).get(0).id());
            Path edited = Files.writeString(dir.resolve("edited.md"), md.substring(md.indexOf('\n') + 1));
            importer.write(second, List.of(importer.plan(edited)), List.of(), null);
            assertThat(Trees.of(second, null)).isEqualTo(Trees.of(first, null));
        }
    }

    @Test
    void awkwardContentSurvivesToo() throws Exception {
        try (Workspace first = Workspace.create(dir.resolve("a"), "a");
                Workspace second = Workspace.create(dir.resolve("b"), "b")) {
            Section top = first.createSection(null, "# Not a heading / really");
            Section deep = top;
            for (int i = 1; i <= 8; i++) {
                deep = first.createSection(deep.id(), "Level " + i);
            }
            first.createNote(deep.id(), Note.draft(Kind.STORY, "Deep story")
                    .withStar(new Star("line one\n  indented two\n\nafter a blank", "", "**Task:** looks like a label", "r"))
                    .withBody("  starts with spaces\n# looks like a heading\n\\ backslash\nKind: note")
                    .withTags(List.of("acme", "hm-round")).withCues(List.of("say \"this\"", "a, b", "back\\slash"))
                    .withConfidence(3));
            first.createNote(top.id(), Note.draft(Kind.ASK, "").withBody("**Situation:** not a star field"));
            first.createNote(top.id(), Note.draft(Kind.NOTE, "Kind: talking-point").withBody("\n\nbody after blank lines"));
            List<Path> files = exporter.export(first, null, dir.resolve("md"));
            importer.write(second, List.of(importer.plan(files.get(0))), List.of(), null);
            List<String> expected = Trees.of(first, null).stream().map(l -> l.replace("body=\n\nbody", "body=body")).toList();
            assertThat(Trees.of(second, null)).isEqualTo(expected);
            assertThat(Files.readString(files.get(0))).contains("Kind: story · Tags: acme, hm-round · Cues: ");
        }
    }

    @Test
    void randomWorkspacesSurvive() {
        Random r = new Random(99L);
        for (int round = 0; round < 20; round++) {
            try (Workspace first = Workspace.create(dir.resolve("ra" + round), "a");
                    Workspace second = Workspace.create(dir.resolve("rb" + round), "b")) {
                Section top = first.createSection(null, "Top " + round);
                List<Section> sections = new java.util.ArrayList<>(List.of(top));
                for (int i = 0; i < 12; i++) {
                    Section parent = sections.get(r.nextInt(sections.size()));
                    if (r.nextInt(3) == 0) {
                        sections.add(first.createSection(parent.id(), text(r, false)));
                    } else {
                        Kind k = Kind.values()[r.nextInt(Kind.values().length)];
                        Note n = Note.draft(k, text(r, false)).withBody(text(r, true)).withTags(List.of("t" + r.nextInt(5)))
                                .withCues(List.of(text(r, false)));
                        if (k == Kind.STORY) {
                            n = n.withStar(new Star(text(r, true), r.nextBoolean() ? "" : text(r, true), text(r, true), text(r, true)));
                        }
                        first.createNote(parent.id(), n);
                    }
                }
                List<Path> files = exporter.export(first, null, dir.resolve("rmd" + round));
                importer.write(second, List.of(importer.plan(files.get(0))), List.of(), null);
                assertThat(Trees.of(second, null)).as("round %d", round).isEqualTo(Trees.of(first, null));
            }
        }
    }

    private static final String[] BITS = {"alpha", "# hash", "\\", "**Task:** x", "Kind: note", "  ", "“quoted”",
        "数据", "- item", "1. one", "```", "?", ":", "\"", "·", ","};

    private static String text(Random r, boolean multiline) {
        StringBuilder b = new StringBuilder("w" + r.nextInt(100));
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append(multiline && r.nextInt(3) == 0 ? (r.nextBoolean() ? "\n" : "\n\n") : " ").append(BITS[r.nextInt(BITS.length)]);
        }
        return b.toString().strip();
    }
}
