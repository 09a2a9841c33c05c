package org.prepdesk.ui.help;

import java.awt.Component;
import javax.swing.JOptionPane;
import org.prepdesk.build.BuildInfo;

/** Help › About: the version and the build, the same line {@code prepdesk --version} prints. EDT only. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static void open(Component owner) {
        BuildInfo b = BuildInfo.current();
        JOptionPane.showMessageDialog(owner, new Object[] {
            "PrepDesk " + b.version(),
            "Build " + b.commit() + ", " + b.date(),
            " ",
            "A local-first workbench for interview preparation.",
            "Your notes stay in your workspace folder.",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")",
        }, "About PrepDesk", JOptionPane.INFORMATION_MESSAGE);
    }
}
