package org.prepdesk.ui.review;

import com.formdev.flatlaf.FlatLightLaf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.review.TypicalWorkspace;
import org.prepdesk.store.BackgroundTaskExecutor;
import org.prepdesk.store.Workspace;

/** Shows the panel on a typical workspace, to look at it (and take screenshots) by hand. */
public final class ReviewPanelDemo {
    private ReviewPanelDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("prepdesk-review-demo").resolve("ws");
        Workspace ws = TypicalWorkspace.create(dir);
        BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
        SwingUtilities.invokeLater(() -> {
            if (args.length > 2 && args[2].equals("dark")) {
                com.formdev.flatlaf.FlatDarkLaf.setup();
            } else {
                FlatLightLaf.setup();
            }
            JFrame f = new JFrame("PrepDesk — review sheet");
            ReviewPanel panel = new ReviewPanel(ws, executor);
            f.add(panel);
            f.setSize(args.length > 0 ? Integer.parseInt(args[0]) : 440, args.length > 1 ? Integer.parseInt(args[1]) : 860);
            f.setLocation(0, 0);
            f.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            f.setVisible(true);
            panel.showSpec(new SheetSpec("new", "Onsite loop", "Lumina Health · HM round · 12 March",
                    List.of(TypicalWorkspace.TAG), args.length > 3 ? List.of(org.prepdesk.model.Kind.TALKING_POINT,
                    org.prepdesk.model.Kind.QUESTION, org.prepdesk.model.Kind.ASK) : List.of(), List.of(), null, null));
        });
    }
}
