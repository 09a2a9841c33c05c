package org.prepdesk.ui.rehearse;

import java.awt.Font;
import javax.swing.JEditorPane;
import javax.swing.UIManager;
import org.prepdesk.review.RehearsalCard;

/**
 * The revealed answer: the card's lines as simple HTML, labels in bold, linked stories as
 * headings. Swing's HTML is enough for this and needs no escaping library. EDT only.
 */
final class AnswerSheet extends JEditorPane {
    AnswerSheet() {
        super("text/html", "");
        setName("rehearseAnswer");
        setEditable(false);
        setFocusable(false);
        putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        Font f = UIManager.getFont("Label.font");
        setFont(f.deriveFont(f.getSize2D() * 1.35f));
    }

    void showHidden() {
        setText("<html><body><p style='color:gray'>Say it aloud first. Press <b>Space</b> to reveal your notes.</p></body></html>");
    }

    void show(RehearsalCard card) {
        StringBuilder sb = new StringBuilder("<html><body>");
        if (card.answer().isEmpty()) {
            sb.append("<p style='color:gray'>Nothing written for this one yet.</p>");
        }
        for (RehearsalCard.Line l : card.answer()) {
            if (l.heading()) {
                sb.append("<p style='margin-top:8px'><b>").append(escape(l.label())).append(": ")
                        .append(escape(l.text())).append("</b></p>");
            } else if (l.label().isEmpty()) {
                sb.append("<p>").append(escape(l.text())).append("</p>");
            } else {
                sb.append("<p><b>").append(escape(l.label())).append("</b> ").append(escape(l.text())).append("</p>");
            }
        }
        setText(sb.append("</body></html>").toString());
        setCaretPosition(0);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
