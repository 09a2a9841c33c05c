package org.prepdesk.ui.help;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Window;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.text.html.HTMLDocument;
import javax.swing.text.html.HTMLEditorKit;

/**
 * Help › User guide: docs/guide.md, packed into the jar at build time with its screenshots, shown
 * rendered in a window of its own. The resource is read and rendered off the EDT; the window is
 * built on it.
 */
public final class GuideWindow {
    static final String RESOURCE = "guide/guide.md";

    private GuideWindow() {
    }

    public static void open(Window owner) {
        CompletableFuture.supplyAsync(GuideWindow::html).whenComplete((html, ex) -> SwingUtilities.invokeLater(
                () -> show(owner, ex == null ? html : "<p>The user guide is not part of this build.</p>")));
    }

    /** The guide as HTML, rendered from the Markdown in the jar. */
    static String html() {
        try (InputStream in = GuideWindow.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no user guide in this build");
            }
            return MarkdownPage.render(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(Window owner, String html) {
        JEditorPane pane = new JEditorPane();
        pane.setName("guide");
        pane.setEditable(false);
        HTMLEditorKit kit = new HTMLEditorKit();
        pane.setEditorKit(kit);
        HTMLDocument doc = (HTMLDocument) kit.createDefaultDocument();
        URL base = GuideWindow.class.getResource(RESOURCE);
        if (base != null) {
            doc.setBase(base); // images/… in the guide resolve next to it, inside the jar
        }
        pane.setDocument(doc);
        pane.setText(html);
        pane.setCaretPosition(0);
        JDialog d = new JDialog(owner, "PrepDesk user guide", java.awt.Dialog.ModalityType.MODELESS);
        d.setName("guideWindow");
        d.getContentPane().add(new JScrollPane(pane), BorderLayout.CENTER);
        d.setSize(new Dimension(1000, 800));
        d.setLocationRelativeTo(owner);
        d.setVisible(true);
    }
}
