package org.prepdesk.ui;

import java.awt.BorderLayout;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;

/**
 * The frame itself. It is shown at once, saying the workspace is opening, so the window appears
 * before a large workspace has been read; the {@link Workbench} then fills it. EDT only.
 */
public final class MainWindow extends JFrame {
    public MainWindow(Path dir, WorkbenchPrefs prefs) {
        this("PrepDesk — " + dir.toAbsolutePath().normalize().getFileName(), prefs.bounds());
    }

    /** A frame with no workspace yet (the welcome view); {@code bounds} null: the default size. */
    public MainWindow(String title, Rectangle bounds) {
        super(title);
        setName("workbench");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        placeholder("Opening the workspace…");
        java.net.URL icon = MainWindow.class.getResource("prepdesk.png");
        if (icon != null) {
            setIconImage(new javax.swing.ImageIcon(icon).getImage());
        }
        if (bounds != null && bounds.width > 200 && bounds.height > 200) {
            setBounds(bounds);
        } else {
            setSize(1280, 800);
            setLocationRelativeTo(null);
        }
    }

    /** Replaces what the window shows with one quiet line ("Closing…", "Opening…"). */
    public void placeholder(String text) {
        JPanel loading = new JPanel(new BorderLayout());
        loading.setName("placeholder");
        JLabel l = new JLabel(text, SwingConstants.CENTER);
        l.setName("placeholderText");
        l.setEnabled(false);
        loading.add(l, BorderLayout.CENTER);
        setContentPane(loading);
        revalidate();
        repaint();
    }

    /** Shows the frame; {@code shown} hears when it is on screen (for the startup timing line). */
    public void showNow(Consumer<String> timing) {
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                timing.accept("startup: window shown in " + WindowLauncher.sinceJvmStart() + " ms");
            }
        });
        setVisible(true);
    }
}
