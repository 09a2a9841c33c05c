package org.prepdesk.outline;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.prepdesk.store.Workspace;

/**
 * Child JVM for {@link ImportKillTest}: plans the outline files given after the workspace, prints
 * READY, waits for GO, then imports them (printing each write as "W n") until it is killed.
 */
public final class ImportChildMain {
    private ImportChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        OutlineImporter importer = new OutlineImporter();
        List<OutlinePlan> plans = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            plans.add(importer.plan(Path.of(args[i])));
        }
        try (Workspace warm = Workspace.open(dir, Workspace.Access.READ)) {
            System.out.println("READY " + warm.noteCount());
        }
        if (!"GO".equals(new BufferedReader(new InputStreamReader(System.in)).readLine())) {
            return;
        }
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            System.out.println("STARTED");
            importer.write(ws, plans, List.of("Imported"), new ImportProgress() {
                @Override
                public void written(int done, int total) {
                    System.out.println("W " + done);
                }
            });
            System.out.println("DONE");
        }
    }
}
