package org.prepdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

class NoteIndexWarmUpTest {
    @TempDir
    Path dir;

    @Test
    void warmingUpAWorkspaceWithoutAnIndexDoesNothing() throws Exception {
        Workspace.create(dir.resolve("ws"), "w").close();
        assertThatCode(() -> NoteIndex.warmUp(dir.resolve("ws"))).doesNotThrowAnyException();
        assertThat(dir.resolve("ws").resolve(WorkspaceLayout.INDEX)).doesNotExist();
    }

    @Test
    void warmingUpADamagedIndexNeverThrowsAndTheRealOpenStillRebuilds() throws Exception {
        Path root = dir.resolve("ws");
        try (Workspace ws = Workspace.create(root, "w")) {
            String section = ws.createSection(null, "Stories").id();
            ws.createNote(section, Note.draft(Kind.STORY, "Cache stampede").withBody("request coalescing"));
            NoteIndex.open(ws, IndexProgress.NONE).close();
        }
        Path index = root.resolve(WorkspaceLayout.INDEX);
        try (var files = Files.list(index)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        assertThatCode(() -> NoteIndex.warmUp(root)).doesNotThrowAnyException();
        try (Workspace ws = Workspace.open(root, Workspace.Access.WRITE);
             NoteIndex idx = NoteIndex.open(ws, IndexProgress.NONE)) {
            assertThat(idx.search("coalescing", 5).hits()).extracting(SearchHit::title)
                    .isEqualTo(List.of("Cache stampede"));
        }
    }
}
