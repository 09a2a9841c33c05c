package org.prepdesk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.BackgroundTaskExecutor;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * Run by build-scripts/screenshot under Xvfb: opens the window on a copy of a workspace, and for
 * each theme shows a story, then a search with results, taking a screenshot of the screen with
 * ImageMagick's {@code import -window root} at each step.
 * Arguments: WORKSPACE OUT_DIR QUERY.
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String query = args[2];
        Files.createDirectories(out);
        Preferences prefsRoot = Preferences.userRoot().node("prepdesk-screenshot");
        Theme.LIGHT.remember(prefsRoot);
        Workspace ws = Workspace.open(dir, Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "window");
        TaskExecutor exec = new BackgroundTaskExecutor();
        Theme.LIGHT.install();
        Workbench w = onEdt(() -> {
            WorkbenchPrefs prefs = new WorkbenchPrefs(prefsRoot, dir);
            MainWindow frame = new MainWindow(dir, prefs);
            frame.setBounds(0, 0, 1440, 900);
            frame.showNow(line -> { });
            Workbench wb = new Workbench(frame, ws, exec, prefs, OutlineImport.OUTLINES, () -> { });
            wb.start(line -> { });
            return wb;
        });
        // the first saved sheet, if the workspace has one, fills the review view
        new org.prepdesk.store.SheetStore(ws).list().stream().findFirst().ifPresent(spec -> {
            try {
                onEdt(() -> {
                    reviewPanelIn(w.frame).ifPresent(p -> p.showSpec(spec));
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // a large workspace may be indexing first: a shot of "Search is getting ready…" shows nothing
        for (int i = 0; i < 1200 && !onEdt(w.search::isReady); i++) {
            Thread.sleep(100);
        }
        Note story = ws.notesInTreeOrder().stream().filter(n -> n.kind() == Kind.STORY)
                .max(Comparator.comparingInt(n -> n.allText().length())).orElse(ws.notesInTreeOrder().get(0));
        for (Theme theme : Theme.values()) {
            onEdt(() -> {
                w.setTheme(theme);
                w.search.field().setText("");
                expandAll(w);
                w.tree.select(story.id());
                w.editors.open(story).focusBody();
                return null;
            });
            settle(1500);
            shoot(out.resolve("window-" + theme.name().toLowerCase() + "-story.png"));
            onEdt(() -> {
                w.focusSearch();
                w.search.field().setText(query);
                return null;
            });
            settle(2000);
            shoot(out.resolve("window-" + theme.name().toLowerCase() + "-search.png"));
            onEdt(() -> {
                w.search.field().setText("");
                w.focusTree();
                w.showReadiness();
                return null;
            });
            settle(2000);
            shoot(out.resolve("window-" + theme.name().toLowerCase() + "-readiness.png"));
            onEdt(() -> {
                java.awt.Window d = java.util.Arrays.stream(w.frame.getOwnedWindows())
                        .filter(x -> "readinessDialog".equals(x.getName())).findFirst().orElseThrow();
                d.setVisible(false);
                return null;
            });
        }
        onEdt(() -> {
            w.frame.dispose();
            return null;
        });
        exec.close();
        ws.close();
        prefsRoot.removeNode();
        System.exit(0);
    }

    private static java.util.Optional<org.prepdesk.ui.review.ReviewPanel> reviewPanelIn(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof org.prepdesk.ui.review.ReviewPanel p) {
                return java.util.Optional.of(p);
            }
            if (child instanceof java.awt.Container inner) {
                java.util.Optional<org.prepdesk.ui.review.ReviewPanel> found = reviewPanelIn(inner);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static void expandAll(Workbench w) {
        for (int i = 0; i < w.tree.tree().getRowCount() && i < 60; i++) {
            w.tree.tree().expandRow(i);
        }
    }

    private static void settle(long ms) throws Exception {
        Thread.sleep(ms);
        SwingUtilities.invokeAndWait(() -> { });
    }

    private static void shoot(Path png) throws Exception {
        Process p = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + png);
        }
        System.out.println("wrote " + png);
    }

    private static <T> T onEdt(Callable<T> c) throws Exception {
        Object[] box = new Object[1];
        Exception[] err = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                box[0] = c.call();
            } catch (Exception e) {
                err[0] = e;
            }
        });
        if (err[0] != null) {
            throw err[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) box[0];
        return t;
    }
}
