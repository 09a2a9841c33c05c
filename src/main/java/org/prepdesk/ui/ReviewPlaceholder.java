package org.prepdesk.ui;

import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/**
 * PLACEHOLDER for the review-sheet view on the right. When {@code ui.review.ReviewPanel} is merged,
 * replace the one line in {@link Workbench#reviewView} with {@code new ReviewPanel(ws, exec)}.
 */
final class ReviewPlaceholder extends JPanel {
    ReviewPlaceholder() {
        super(new BorderLayout());
        setName("reviewView");
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        JLabel l = new JLabel("<html><b>Review sheet</b><br><br>Pick tags and kinds here to assemble a one-page "
                + "sheet for the night before.<br><br><i>(coming with the review-sheet view)</i></html>",
                SwingConstants.LEFT);
        l.setVerticalAlignment(SwingConstants.TOP);
        l.setEnabled(false);
        add(l, BorderLayout.CENTER);
    }
}
