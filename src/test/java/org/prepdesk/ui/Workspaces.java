package org.prepdesk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.model.Star;
import org.prepdesk.store.Ids;
import org.prepdesk.store.JsonCodec;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/** Workspaces for window tests: a small realistic one, and a large one written straight to disk. */
final class Workspaces {
    private Workspaces() {
    }

    /** Two sections with a story, a talking point and a question; returns the closed workspace's folder. */
    static Path small(Path dir) {
        try (Workspace ws = Workspace.create(dir, "Test prep")) {
            Section deep = ws.ensureSectionPath(List.of("Deep dive", "Inventory service"));
            Section beh = ws.createSection(null, "Behavioral");
            ws.createNote(deep.id(), Note.draft(Kind.STORY, "Cut checkout latency")
                    .withStar(new Star("Checkout p99 was 2 s", "Bring it under 300 ms", "Added a read-through cache",
                            "p99 fell to 250 ms"))
                    .withBody("Context first, then the numbers. The caching layer took two sprints.")
                    .withTags(List.of("acme", "perf")));
            ws.createNote(deep.id(), Note.draft(Kind.TALKING_POINT, "Why event sourcing")
                    .withBody("Audit trail for free; replay to rebuild projections.").withCues(List.of("Audit")));
            ws.createNote(beh.id(), Note.draft(Kind.QUESTION, "Tell me about a conflict")
                    .withBody("Use the roadmap disagreement story.").withTags(List.of("hm-round")));
        }
        return dir;
    }

    /** {@code count} notes in 50 sections, written as files (fast: no fsync per file). */
    static Path large(Path dir, int count) throws IOException {
        Workspace.create(dir, "Large").close();
        JsonCodec codec = new JsonCodec();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        String[] sections = new String[50];
        for (int s = 0; s < sections.length; s++) {
            sections[s] = Ids.generate('s');
            Files.write(dir.resolve(WorkspaceLayout.SECTIONS).resolve(sections[s] + ".json"),
                    codec.encodeSection(new Section(sections[s], null, (s + 1) * 1024L, "Section " + s, t, t), null));
        }
        Kind[] kinds = Kind.values();
        for (int i = 0; i < count; i++) {
            String id = Ids.generate('n');
            Note n = new Note(id, sections[i % sections.length], (i + 1) * 1024L, kinds[i % kinds.length],
                    "Note " + i + " about topic " + (i % 97), "Body of note " + i + ". We discussed latency, caching, "
                    + "ownership and trade-offs in round " + (i % 13) + ".", List.of("t" + (i % 20)), List.of(),
                    Star.EMPTY, List.of(), 0, t, t);
            Files.write(dir.resolve(WorkspaceLayout.NOTES).resolve(id + ".json"), codec.encodeNote(n, null));
        }
        return dir;
    }
}
