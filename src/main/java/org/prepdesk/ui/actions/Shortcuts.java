package org.prepdesk.ui.actions;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/** Key strokes written the way people read them ("Ctrl+Shift+P"). */
public final class Shortcuts {
    private Shortcuts() {
    }

    public static KeyStroke ctrl(int key) {
        return KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK);
    }

    public static KeyStroke ctrlShift(int key) {
        return KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK);
    }

    public static KeyStroke alt(int key) {
        return KeyStroke.getKeyStroke(key, InputEvent.ALT_DOWN_MASK);
    }

    public static KeyStroke ctrlAlt(int key) {
        return KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK);
    }

    public static KeyStroke plain(int key) {
        return KeyStroke.getKeyStroke(key, 0);
    }

    public static String describe(KeyStroke k) {
        if (k == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int m = k.getModifiers();
        if ((m & InputEvent.CTRL_DOWN_MASK) != 0) {
            sb.append("Ctrl+");
        }
        if ((m & InputEvent.ALT_DOWN_MASK) != 0) {
            sb.append("Alt+");
        }
        if ((m & InputEvent.SHIFT_DOWN_MASK) != 0) {
            sb.append("Shift+");
        }
        if ((m & InputEvent.META_DOWN_MASK) != 0) {
            sb.append("Meta+");
        }
        return sb.append(KeyEvent.getKeyText(k.getKeyCode())).toString();
    }
}
