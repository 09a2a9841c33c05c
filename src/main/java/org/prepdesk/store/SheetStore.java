package org.prepdesk.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.prepdesk.model.SheetSpec;

/**
 * Saved review-sheet definitions, one file per sheet in {@code sheets/<id>.json}. Reads straight
 * from disk each time (sheets are few and small), so a sheet saved by another process is seen at
 * once. A file that does not parse is skipped and listed in {@link Listing#problems()}; it is
 * never overwritten or deleted. Writes are atomic, keep keys this version does not know, and are
 * refused when the workspace is read-only. Thread-safe: no mutable state.
 */
public final class SheetStore {
    /** The sheets that load, sorted by name, and the files that did not. */
    public record Listing(List<SheetSpec> sheets, List<Problem> problems) {
    }

    private final Workspace ws;
    private final JsonCodec codec = new JsonCodec();
    private final AtomicFiles files;

    public SheetStore(Workspace ws) {
        this(ws, FileOps.DISK);
    }

    public SheetStore(Workspace ws, FileOps ops) {
        this.ws = ws;
        this.files = new AtomicFiles(ops);
    }

    private Path folder() {
        return ws.root().resolve(WorkspaceLayout.SHEETS);
    }

    public Listing listing() {
        List<SheetSpec> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Path dir = folder();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
                for (Path f : ds) {
                    if (AtomicFiles.isTemp(f) || f.getFileName().toString().startsWith(".")) {
                        continue;
                    }
                    try {
                        out.add(read(f).value());
                    } catch (IOException | RuntimeException e) {
                        problems.add(new Problem(WorkspaceLayout.SHEETS + "/" + f.getFileName(),
                                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), null));
                    }
                }
            } catch (IOException e) {
                problems.add(new Problem(WorkspaceLayout.SHEETS, "cannot list the folder: " + Workspace.describe(e), null));
            }
        }
        out.sort(Comparator.comparing((SheetSpec s) -> s.name().toLowerCase(Locale.ROOT)).thenComparing(SheetSpec::id));
        return new Listing(List.copyOf(out), List.copyOf(problems));
    }

    /** The saved sheets that load, sorted by name. */
    public List<SheetSpec> list() {
        return listing().sheets();
    }

    public Optional<SheetSpec> load(String id) {
        if (!Ids.isValid(id)) {
            return Optional.empty();
        }
        Path f = folder().resolve(id + ".json");
        try {
            return Optional.of(read(f).value());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.INVALID,
                    "sheets/" + id + ".json cannot be read: " + Workspace.describe(e), e);
        }
    }

    /** The sheet with this name (letter case ignored), or with this id. */
    public Optional<SheetSpec> findByName(String nameOrId) {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        List<SheetSpec> all = list();
        return all.stream().filter(s -> s.name().strip().equalsIgnoreCase(wanted)).findFirst()
                .or(() -> all.stream().filter(s -> s.id().equals(wanted)).findFirst());
    }

    /**
     * Writes the sheet. A spec whose id names a saved sheet overwrites it. Any other spec (id "new",
     * say) replaces the saved sheet of the same name, keeping its id, so names stay unique, or else
     * gets a fresh id. Returns the sheet as saved.
     */
    public SheetSpec save(SheetSpec spec) {
        ws.readOnlyReason().ifPresent(why -> {
            throw new StoreException(StoreException.Reason.READ_ONLY, why + "; the sheet was not saved");
        });
        if (spec.name().isBlank()) {
            throw new StoreException(StoreException.Reason.INVALID, "a saved sheet needs a name");
        }
        String id = spec.id();
        if (load(id).isEmpty()) {
            id = findByName(spec.name()).map(SheetSpec::id).orElseGet(() -> Ids.generate('h'));
        }
        SheetSpec saved = new SheetSpec(id, spec.name().strip(), spec.subtitle(), spec.tags(), spec.kinds(),
                spec.sectionIds(), spec.grouping(), spec.order());
        Path f = folder().resolve(id + ".json");
        ObjectNode extras = null;
        try {
            extras = read(f).extras();
        } catch (IOException | RuntimeException e) {
            // no file yet, or one we cannot read: nothing to keep from it
        }
        try {
            Files.createDirectories(folder());
            files.write(f, codec.encodeSheet(saved, extras));
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED,
                    "cannot save the sheet \"" + saved.name() + "\": " + Workspace.describe(e), e);
        }
        return saved;
    }

    /** Removes a saved sheet; returns false when there was none with that id. */
    public boolean delete(String id) {
        ws.readOnlyReason().ifPresent(why -> {
            throw new StoreException(StoreException.Reason.READ_ONLY, why + "; the sheet was not deleted");
        });
        if (!Ids.isValid(id)) {
            return false;
        }
        try {
            boolean removed = Files.deleteIfExists(folder().resolve(id + ".json"));
            if (removed) {
                files.syncDir(folder());
            }
            return removed;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED,
                    "cannot delete the sheet: " + Workspace.describe(e), e);
        }
    }

    private JsonCodec.Decoded<SheetSpec> read(Path f) throws IOException {
        if (Files.size(f) > JsonCodec.MAX_FILE_BYTES) {
            throw new JsonCodec.InvalidFileException("the file is too large");
        }
        JsonCodec.Decoded<SheetSpec> d = codec.decodeSheet(Files.readAllBytes(f));
        if (!f.getFileName().toString().equals(d.value().id() + ".json")) {
            throw new JsonCodec.InvalidFileException("its id \"" + d.value().id() + "\" does not match the file name");
        }
        return d;
    }
}
