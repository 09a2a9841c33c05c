package org.prepdesk.ui.workspaces;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.prepdesk.store.WorkspaceLock;

/**
 * What a folder the user picked is, before the window lets go of the workspace it has open: a
 * workspace (free or held by another window), an empty or missing folder, a folder of other files
 * (with the outlines among them that could be imported), or not a folder. Reads the disk: call it
 * off the EDT. Stateless.
 */
public final class FolderCheck {
    public enum Kind { WORKSPACE, HELD, EMPTY, OTHER_FILES, NOT_A_FOLDER }

    /** The verdict, and the text and Markdown files at the top of the folder (for OTHER_FILES). */
    public record Result(Path dir, Kind kind, List<Path> outlines) {
    }

    private FolderCheck() {
    }

    public static Result of(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (Files.isRegularFile(root.resolve("prepdesk.json"))) {
            return new Result(root, WorkspaceLock.isHeld(root) ? Kind.HELD : Kind.WORKSPACE, List.of());
        }
        if (!Files.exists(root)) {
            return new Result(root, Kind.EMPTY, List.of());
        }
        if (!Files.isDirectory(root)) {
            return new Result(root, Kind.NOT_A_FOLDER, List.of());
        }
        List<Path> outlines = new ArrayList<>();
        boolean any = false;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            for (Path p : ds) {
                any = true;
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(p) && (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown"))) {
                    outlines.add(p);
                }
            }
        } catch (IOException e) {
            return new Result(root, Kind.NOT_A_FOLDER, List.of());
        }
        outlines.sort(null);
        return new Result(root, any ? Kind.OTHER_FILES : Kind.EMPTY, List.copyOf(outlines));
    }

    /** A workspace the launcher may reopen without asking: there, and not held by another window. */
    public static boolean isFreeWorkspace(Path dir) {
        return of(dir).kind() == Kind.WORKSPACE;
    }
}
