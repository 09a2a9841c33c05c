package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/** {@code check} validates the files of every installed companion kind (here the tests' "tally" kind). */
class CheckCompanionTest {
    @TempDir
    Path tmp;

    @Test
    void checkReportsADamagedCompanionFileWithExitOneAndLeavesItInPlace() throws Exception {
        Path dir = tmp.resolve("prep");
        String id;
        try (Workspace ws = Workspace.create(dir, "prep")) {
            id = ws.createNote(ws.createSection(null, "A").id(), Note.draft(Kind.NOTE, "Rehearsed")).id();
        }
        Path tally = Files.createDirectories(dir.resolve("tally")).resolve(id + ".json");
        Files.writeString(tally, "{\"count\": 2}");
        CliRun fine = CliRun.of("check", "--workspace", dir.toString());
        assertThat(fine.code()).as(fine.out()).isZero();

        Files.writeString(tally, "{\"count\": \"many\"}");
        CliRun check = CliRun.of("check", "--workspace", dir.toString());
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("problem: tally/" + id + ".json: it holds no count", "1 problem");
        assertThat(tally).hasContent("{\"count\": \"many\"}");
    }
}
