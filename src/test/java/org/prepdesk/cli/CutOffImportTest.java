package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLayout;

/** What the command line says about an import that was killed half-way (its marker left behind). */
class CutOffImportTest {
    @TempDir
    Path tmp;

    @Test
    void checkNamesTheCutOffImportAndTheNextWriterTakesItBack() throws Exception {
        java.io.InputStream realIn = System.in;
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));   // add reads a body from a piped stdin
        try {
            run();
        } finally {
            System.setIn(realIn);
        }
    }

    private void run() throws Exception {
        Path ws = tmp.resolve("ws");
        try (Workspace w = Workspace.create(ws, "cut")) {
            Section half = w.createSection(null, "onsite-prep-outline");
            w.createNote(half.id(), Note.draft(Kind.NOTE, "first of many"));
        }
        // what a killed import leaves: the marker, written before its first section, saying nothing was there
        Files.writeString(ws.resolve(WorkspaceLayout.IMPORT_JOURNAL), "{\"anchor\": null, \"before\": []}\n");

        CliRun check = CliRun.of("check", "--workspace", ws.toString());
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out() + check.err()).contains(WorkspaceLayout.IMPORT_JOURNAL)
                .contains("an import was cut off before it finished").contains("\"onsite-prep-outline\"");
        assertThat(Files.exists(ws.resolve(WorkspaceLayout.IMPORT_JOURNAL))).as("check changes nothing").isTrue();

        CliRun add = CliRun.of("add", "--workspace", ws.toString(), "--section", "Mine", "--kind", "note", "--title", "after");
        assertThat(add.code()).as(add.err()).isZero();
        CliRun list = CliRun.of("list", "--workspace", ws.toString());
        assertThat(list.out()).contains("after").doesNotContain("first of many");
        assertThat(CliRun.of("check", "--workspace", ws.toString()).code()).isZero();
        assertThat(CliRun.of("restore", "--workspace", ws.toString()).out()).contains("onsite-prep-outline");
    }
}
