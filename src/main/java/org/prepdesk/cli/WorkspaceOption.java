package org.prepdesk.cli;

import java.nio.file.Path;
import org.prepdesk.store.StoreException;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Option;

/** The {@code --workspace DIR} option every command shares, and how commands open it. */
public final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", required = true,
            description = "The workspace folder (the one holding prepdesk.json).")
    Path dir;

    /** Set once the command opened the workspace for writing: its history then commits afterwards. */
    boolean openedForWriting;
    /** The files the command's changes touched, for that commit. */
    final org.prepdesk.history.ChangedPaths changed = new org.prepdesk.history.ChangedPaths();

    /** Opens for reading: never locks, works while a window holds the workspace. */
    public Workspace openForReading() {
        return Workspace.open(dir, Workspace.Access.READ);
    }

    /** As {@link #openForReading}, parsing every note file rather than taking unchanged ones from the note cache. */
    public Workspace openForChecking() {
        return Workspace.openReadingEveryFile(dir);
    }

    /** Opens for writing: takes the lock, refuses a read-only (newer format) workspace. */
    public Workspace openForWriting() {
        Workspace ws = Workspace.open(dir, Workspace.Access.WRITE);
        openedForWriting = true;
        ws.addListener(changed);
        if (ws.isReadOnly()) {
            String why = ws.readOnlyReason().orElse("read-only");
            ws.close();
            throw new StoreException(StoreException.Reason.READ_ONLY, why + "; nothing was changed");
        }
        return ws;
    }

    public Path path() {
        return dir;
    }
}
