package org.prepdesk.ui;

import java.awt.Color;
import java.awt.Component;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.UIManager;
import org.prepdesk.search.SearchHit;

/** One search result: title, kind and section path, then the snippet with the hits marked. */
final class SearchHitRenderer extends DefaultListCellRenderer {
    private org.prepdesk.ui.rehearse.RehearsalMarks marks; // EDT only; null until the window sets it

    void noteMarks(org.prepdesk.ui.rehearse.RehearsalMarks m) {
        marks = m;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
        super.getListCellRendererComponent(list, value, index, sel, focus);
        if (!(value instanceof SearchHit h)) {
            return this;
        }
        boolean dark = isDark();
        String dim = sel ? "" : dark ? "color:#9aa0a6;" : "color:#6b7280;";
        String mark = dark ? "#6b5b00" : "#ffe58a";
        // Swing's HTML counts CSS pixels as points (4/3 of a screen pixel): scale the width to fit the view
        int width = Math.max(100, ((list.getParent() != null ? list.getParent().getWidth() : 280) - 40) * 3 / 4);
        StringBuilder sb = new StringBuilder("<html><div style='width:" + width + "px'>");
        sb.append("<b>").append(Html.escape(h.title().isBlank() ? "(untitled)" : h.title())).append("</b>");
        sb.append("<br><span style='").append(dim).append("font-size:90%'>").append(Html.escape(h.kind().label()))
                .append(" · ").append(Html.escape(h.section())).append("</span>");
        if (!h.snippet().isBlank()) {
            sb.append("<br><span style='font-size:92%'>");
            int at = 0;
            String s = h.snippet();
            for (SearchHit.Span m : h.snippetMarks()) {
                if (m.start() < at || m.end() > s.length()) {
                    continue;
                }
                sb.append(Html.escape(s.substring(at, m.start())));
                sb.append("<span style='background:").append(sel ? "transparent" : mark).append("'><b>")
                        .append(Html.escape(s.substring(m.start(), m.end()))).append("</b></span>");
                at = m.end();
            }
            sb.append(Html.escape(s.substring(at))).append("</span>");
        }
        setText(sb.append("</div></html>").toString());
        setIcon(marks == null ? KindIcon.of(h.kind()) : marks.icon(KindIcon.of(h.kind()), h.id(), h.kind()));
        setToolTipText(marks == null ? null : marks.describe(h.id(), h.kind()));
        setVerticalTextPosition(TOP);
        setBorder(BorderFactory.createEmptyBorder(5, 6, 5, 6));
        return this;
    }

    private static boolean isDark() {
        Color bg = UIManager.getColor("List.background");
        return bg != null && (bg.getRed() + bg.getGreen() + bg.getBlue()) / 3 < 128;
    }
}
