package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.model.SheetSpec;

class SheetStoreTest {
    @TempDir
    Path dir;

    private static SheetSpec spec(String name, String... tags) {
        return new SheetSpec("new", name, "Acme · onsite", List.of(tags), List.of(Kind.STORY), List.of(),
                SheetSpec.Grouping.BY_SECTION, SheetSpec.Order.WEAKEST_FIRST);
    }

    @Test
    void savesListsLoadsAndDeletesSheetsAsOneFileEach() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "W")) {
            SheetStore store = new SheetStore(ws);
            SheetSpec b = store.save(spec("Onsite B", "hm-round"));
            SheetSpec a = store.save(spec("onsite a", "lumina"));

            assertThat(Ids.isValid(a.id())).isTrue();
            assertThat(Files.readString(ws.root().resolve("sheets/" + a.id() + ".json"))).contains("\"lumina\"");
            assertThat(store.list()).extracting(SheetSpec::name).containsExactly("onsite a", "Onsite B");
            assertThat(store.load(b.id())).contains(b);
            assertThat(store.findByName("ONSITE B")).contains(b);
            assertThat(store.findByName(a.id())).contains(a);

            assertThat(store.delete(b.id())).isTrue();
            assertThat(store.list()).containsExactly(a);
            assertThat(store.delete(b.id())).isFalse();
        }
    }

    @Test
    void savingUnderAnExistingNameReplacesThatSheetAndKeepsUnknownKeys() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "W")) {
            SheetStore store = new SheetStore(ws);
            SheetSpec first = store.save(spec("Onsite", "old"));
            Path file = ws.root().resolve("sheets/" + first.id() + ".json");
            Files.writeString(file, Files.readString(file).replaceFirst("\\{", "{\n  \"futureKey\": 7,"));

            SheetSpec second = store.save(spec("onsite", "new"));

            assertThat(second.id()).isEqualTo(first.id());
            assertThat(store.list()).hasSize(1);
            assertThat(store.load(first.id()).orElseThrow().tags()).containsExactly("new");
            assertThat(Files.readString(file)).contains("\"futureKey\": 7").doesNotContain("\"old\"");
        }
    }

    @Test
    void aBrokenFileIsReportedAndLeftAloneWhileTheOthersLoad() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("ws"), "W")) {
            SheetStore store = new SheetStore(ws);
            store.save(spec("Good", "t"));
            Path broken = ws.root().resolve("sheets/hbroken.json");
            Files.writeString(broken, "{ not json", StandardCharsets.UTF_8);

            SheetStore.Listing listing = store.listing();

            assertThat(listing.sheets()).extracting(SheetSpec::name).containsExactly("Good");
            assertThat(listing.problems()).extracting(Problem::file).containsExactly("sheets/hbroken.json");
            assertThat(Files.readString(broken)).isEqualTo("{ not json");
        }
    }

    @Test
    void aReadOnlyWorkspaceRefusesToSaveWithAClearMessage() {
        Workspace.create(dir.resolve("ws"), "W").close();
        try (Workspace ws = Workspace.open(dir.resolve("ws"), Workspace.Access.READ)) {
            assertThatThrownBy(() -> new SheetStore(ws).save(spec("X", "t")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("not saved");
            assertThat(new SheetStore(ws).list()).isEmpty();
        }
    }
}
