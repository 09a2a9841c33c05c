package org.prepdesk.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.prefs.Preferences;
import javax.swing.UIManager;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;

/**
 * Light or dark: the FlatLaf look and the RSyntaxTextArea theme that goes with it, remembered in
 * {@code java.util.prefs}. Call {@link #install} before any component exists, the rest on the EDT.
 */
public enum Theme {
    LIGHT("Light", "/org/fife/ui/rsyntaxtextarea/themes/default.xml"),
    DARK("Dark", "/org/fife/ui/rsyntaxtextarea/themes/dark.xml");

    private static final String KEY = "theme";

    private final String label;
    private final String editorTheme;

    Theme(String label, String editorTheme) {
        this.label = label;
        this.editorTheme = editorTheme;
    }

    public String label() {
        return label;
    }

    public static Theme remembered(Preferences prefs) {
        return "dark".equals(prefs.get(KEY, "light")) ? DARK : LIGHT;
    }

    public void remember(Preferences prefs) {
        prefs.put(KEY, this == DARK ? "dark" : "light");
    }

    public boolean isCurrent() {
        return UIManager.getLookAndFeel() instanceof FlatLaf laf && laf.isDark() == (this == DARK);
    }

    /** Sets the look and feel; before the first window, or followed by {@link FlatLaf#updateUI()}. */
    public void install() {
        if (this == DARK) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Applies the paired editor colours; keeps the look-and-feel font so both sides match. */
    public void applyTo(RSyntaxTextArea area) {
        try (InputStream in = Theme.class.getResourceAsStream(editorTheme)) {
            org.fife.ui.rsyntaxtextarea.Theme t = org.fife.ui.rsyntaxtextarea.Theme.load(in);
            java.awt.Font font = area.getFont();
            t.apply(area);
            area.setFont(font);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
