package org.prepdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.store.ChildJvm;
import org.prepdesk.store.LockHolderMain;

/** history, sync and init --clone as a user types them, with their --json keys and exit codes. */
class HistoryCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aNoteSyncedClonedAndRestoredThroughTheCommandLine() throws Exception {
        String a = dir.resolve("a").toString();
        String remote = dir.resolve("r.git").toString();
        Git.init().setBare(true).setDirectory(dir.resolve("r.git").toFile()).call().close();
        assertThat(CliRun.of("init", a).out()).contains("History is on");
        Path body = java.nio.file.Files.writeString(dir.resolve("body.md"), "What happened.\n");
        String id = CliRun.of("add", "--workspace", a, "--section", "Stories", "--kind", "story", "--title", "Pager storm",
                "--situation", "first", "--body", body.toString()).out().strip();
        assertThat(CliRun.of("edit", "--workspace", a, id, "--situation", "second").code()).isZero();

        JsonNode versions = Json.MAPPER.readTree(CliRun.of("history", "--workspace", a, "--json", id).out());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).fieldNames()).toIterable().containsExactly("version", "time", "message");
        assertThat(versions.get(0).path("message").asText()).isEqualTo("Edit story: Pager storm");
        String first = versions.get(1).path("version").asText();
        JsonNode old = Json.MAPPER.readTree(CliRun.of("history", "--workspace", a, "--json", "--show", first, id).out());
        JsonNode now = Json.MAPPER.readTree(CliRun.of("show", "--workspace", a, "--json", id).out());
        assertThat(old.fieldNames()).toIterable().containsExactlyElementsOf(() -> now.fieldNames());
        assertThat(old.path("star").path("situation").asText()).isEqualTo("first");

        assertThat(CliRun.of("history", "--workspace", a, "--restore", first, id).code()).isZero();
        assertThat(Json.MAPPER.readTree(CliRun.of("show", "--workspace", a, "--json", id).out())
                .path("star").path("situation").asText()).isEqualTo("first");

        JsonNode sync = Json.MAPPER.readTree(CliRun.of("sync", "--workspace", a, "--remote", remote, "--json").out());
        assertThat(sync.fieldNames()).toIterable().containsExactly("pulled", "pushed", "conflicts");
        String b = dir.resolve("b").toString();
        assertThat(CliRun.of("init", "--clone", remote, b).out()).contains("(1 notes)");
        assertThat(CliRun.of("history", "--workspace", b, id).out().lines()).hasSize(3); // add, edit, restore
    }

    @Test
    void syncIsRefusedWhileAWindowHoldsTheWorkspaceAndWithoutHistory() throws Exception {
        String a = dir.resolve("a").toString();
        CliRun.of("init", a);
        try (ChildJvm child = ChildJvm.start(LockHolderMain.class, a, "window")) {
            child.expectLine("locked");
            CliRun r = CliRun.of("sync", "--workspace", a, "--remote", dir.resolve("r.git").toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("open in a PrepDesk window").doesNotContain("Exception");
        }
        CliRun noRemote = CliRun.of("sync", "--workspace", a);
        assertThat(noRemote.code()).isEqualTo(2);
        assertThat(noRemote.err()).contains("no remote to sync with");
        CliRun bad = CliRun.of("history", "--workspace", a, "--show", "zz", "nx");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1);
    }
}
