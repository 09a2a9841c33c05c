package org.prepdesk.ui;

import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers: the theme for all workspaces; layout and open tabs per workspace
 * (a node named by a hash of the workspace path, so paths never become preference keys). The
 * root node can be moved (tests use their own) with {@code -Dprepdesk.prefsNode=...}. EDT only.
 */
public final class WorkbenchPrefs {
    private final Preferences global;
    private final Preferences workspace;

    public WorkbenchPrefs(Path workspaceRoot) {
        this(defaultRoot(), workspaceRoot);
    }

    /** The node everything is kept under: {@code -Dprepdesk.prefsNode}, else org/prepdesk. */
    public static Preferences defaultRoot() {
        return Preferences.userRoot().node(System.getProperty("prepdesk.prefsNode", "org/prepdesk"));
    }

    WorkbenchPrefs(Preferences root, Path workspaceRoot) {
        this.global = root;
        this.workspace = root.node("workspaces").node(hash(workspaceRoot.toAbsolutePath().normalize().toString()));
    }

    public Preferences global() {
        return global;
    }

    public Rectangle bounds() {
        int w = workspace.getInt("width", 0);
        return w <= 0 ? null : new Rectangle(workspace.getInt("x", 0), workspace.getInt("y", 0), w,
                workspace.getInt("height", 0));
    }

    public void bounds(Rectangle r) {
        workspace.putInt("x", r.x);
        workspace.putInt("y", r.y);
        workspace.putInt("width", r.width);
        workspace.putInt("height", r.height);
    }

    public int divider(String name, int dflt) {
        return workspace.getInt("divider." + name, dflt);
    }

    public void setDivider(String name, int value) {
        workspace.putInt("divider." + name, value);
    }

    public boolean visible(String view, boolean dflt) {
        return workspace.getBoolean("visible." + view, dflt);
    }

    public void setVisible(String view, boolean value) {
        workspace.putBoolean("visible." + view, value);
    }

    public List<String> openNotes() {
        String s = workspace.get("openNotes", "");
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    public String selectedNote() {
        return workspace.get("selectedNote", "");
    }

    public void openNotes(List<String> ids, String selected) {
        workspace.put("openNotes", String.join(",", ids));
        workspace.put("selectedNote", selected == null ? "" : selected);
    }

    public void flush() {
        try {
            global.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience; the notes themselves are safe on disk
        }
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            return Integer.toHexString(s.hashCode());
        }
    }
}
