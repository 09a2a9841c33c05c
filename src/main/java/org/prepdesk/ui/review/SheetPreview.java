package org.prepdesk.ui.review;

import java.awt.Color;
import java.awt.Point;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.text.DefaultCaret;
import javax.swing.text.html.HTMLEditorKit;
import org.prepdesk.review.Html;
import org.prepdesk.review.HtmlSheetRenderer;
import org.prepdesk.review.Sheet;

/**
 * The review panel's preview: the sheet as HTML in a read-only pane that keeps the reader's place when
 * the sheet is shown again after an edit, and a grey message when there is no sheet. Renders at most
 * {@link #LIMIT} items (Swing lays out HTML on the EDT), saying how many more there are.
 *
 * <p>Threading: {@link #render} runs on any thread (the task executor); everything else on the EDT.
 */
final class SheetPreview {
    /** Swing lays out HTML on the EDT; beyond this many items the preview shows the start only. */
    static final int LIMIT = 150;

    private final JEditorPane pane = new JEditorPane() {
        @Override
        public void updateUI() {
            super.updateUI();
            // a refresh must not move the view (the reader keeps their place while the sheet follows
            // edits); a theme switch installs a new caret, so the policy is set again here
            if (getCaret() instanceof DefaultCaret c) {
                c.setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
            }
        }
    };
    private final JScrollPane scroll;

    SheetPreview() {
        pane.setName("review.preview");
        pane.setEditable(false);
        pane.setEditorKit(new HTMLEditorKit());
        pane.setBackground(Color.WHITE);
        pane.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.FALSE);
        ((DefaultCaret) pane.getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        scroll = new JScrollPane(pane);
        scroll.setName("review.previewScroll");
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setBorder(BorderFactory.createMatteBorder(1, 0, 1, 0, new Color(0xd0d0d0)));
    }

    JComponent component() {
        return scroll;
    }

    /** The preview's HTML for a sheet that is not empty; called off the EDT. */
    static String render(HtmlSheetRenderer renderer, Sheet sheet) {
        String html = renderer.render(sheet.limitedTo(LIMIT), HtmlSheetRenderer.Flavor.PREVIEW);
        if (sheet.itemCount() > LIMIT) {
            html = html.replace("</body>", "<p style=\"color: #666666; margin-top: 12px\">… and "
                    + (sheet.itemCount() - LIMIT) + " more items: export or print to see them all."
                    + "</p></body>");
        }
        return html;
    }

    /** Shows rendered HTML, keeping the reader where they were (as far as the new sheet reaches). */
    void showHtml(String html) {
        Point at = scroll.getViewport().getViewPosition();
        pane.setText(html);
        SwingUtilities.invokeLater(() -> scroll.getViewport().setViewPosition(clamp(at)));
    }

    void showMessage(String message) {
        pane.setText("<html><body style=\"font-family: SansSerif; font-size: 11pt; color: #666666; margin: 16px\">"
                + Html.text(message) + "</body></html>");
    }

    private Point clamp(Point p) {
        int maxY = Math.max(0, pane.getHeight() - scroll.getViewport().getHeight());
        return new Point(0, Math.min(p.y, maxY));
    }
}
