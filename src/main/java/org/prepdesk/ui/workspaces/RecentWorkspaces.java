package org.prepdesk.ui.workspaces;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The workspaces opened last, newest first, at most ten: File › Open recent, and the one reopened
 * on the next start. Kept in a preferences node the caller hands in (tests use their own). Not
 * thread-safe: used on the EDT and, before the window exists, by the launcher.
 */
public final class RecentWorkspaces {
    public static final int MAX = 10;
    private final Preferences node;

    public RecentWorkspaces(Preferences node) {
        this.node = node;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String s = node.get(Integer.toString(i), null);
            if (s != null && !s.isBlank()) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    /** The workspace opened last, if any. */
    public Optional<Path> last() {
        List<Path> l = list();
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** Puts {@code dir} first, dropping an older entry for it and the eleventh. */
    public void add(Path dir) {
        Path p = dir.toAbsolutePath().normalize();
        List<Path> l = list();
        l.remove(p);
        l.add(0, p);
        store(l);
    }

    public void remove(Path dir) {
        List<Path> l = list();
        l.remove(dir.toAbsolutePath().normalize());
        store(l);
    }

    private void store(List<Path> l) {
        for (int i = 0; i < MAX; i++) {
            if (i < l.size()) {
                node.put(Integer.toString(i), l.get(i).toString());
            } else {
                node.remove(Integer.toString(i));
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list is a convenience; losing it loses no note
        }
    }
}
