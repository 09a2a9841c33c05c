package org.prepdesk.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.Icon;
import org.prepdesk.model.Kind;

/**
 * Small painted badges, one colour and letter per kind (and a folder tab for sections), so the tree
 * needs no image files and scales with the font.
 */
public final class KindIcon implements Icon {
    private static final Map<Kind, KindIcon> ICONS = new EnumMap<>(Kind.class);
    public static final KindIcon SECTION = new KindIcon(null, new Color(0xC9A227), "");

    static {
        ICONS.put(Kind.TALKING_POINT, new KindIcon(Kind.TALKING_POINT, new Color(0x2E86DE), "T"));
        ICONS.put(Kind.STORY, new KindIcon(Kind.STORY, new Color(0x20A86B), "S"));
        ICONS.put(Kind.QUESTION, new KindIcon(Kind.QUESTION, new Color(0xE67E22), "Q"));
        ICONS.put(Kind.ASK, new KindIcon(Kind.ASK, new Color(0x8E44AD), "A"));
        ICONS.put(Kind.NOTE, new KindIcon(Kind.NOTE, new Color(0x7F8C8D), "N"));
        ICONS.put(Kind.COMPETENCY, new KindIcon(Kind.COMPETENCY, new Color(0xC0392B), "C"));
    }

    private final Kind kind;
    private final Color color;
    private final String letter;

    private KindIcon(Kind kind, Color color, String letter) {
        this.kind = kind;
        this.color = color;
        this.letter = letter;
    }

    public static KindIcon of(Kind k) {
        return ICONS.get(k);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int w = getIconWidth();
            int h = getIconHeight();
            g2.setColor(color);
            if (kind == null) {
                g2.fillRoundRect(x + 1, y + 2, w / 2, 3, 2, 2);
                g2.fillRoundRect(x + 1, y + 4, w - 2, h - 6, 3, 3);
                return;
            }
            g2.fillRoundRect(x + 1, y + 1, w - 2, h - 2, 5, 5);
            g2.setColor(Color.WHITE);
            g2.setFont(new Font(Font.SANS_SERIF, Font.BOLD, h - 5));
            var fm = g2.getFontMetrics();
            g2.drawString(letter, x + (w - fm.stringWidth(letter)) / 2, y + (h - fm.getHeight()) / 2 + fm.getAscent());
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return 16;
    }

    @Override
    public int getIconHeight() {
        return 16;
    }
}
