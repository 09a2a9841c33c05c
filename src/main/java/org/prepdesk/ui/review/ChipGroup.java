package org.prepdesk.ui.review;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/**
 * A wrapping row of toggle chips, one per value. Keeps the selection when the values change
 * (a selected value that disappears stays, so a saved sheet's tag is never silently dropped).
 * EDT only.
 */
final class ChipGroup extends JPanel {
    private final String namePrefix;
    private final Runnable onChange;
    private final Map<String, JToggleButton> chips = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    ChipGroup(String namePrefix, Runnable onChange) {
        super(new WrapLayout(4, 3));
        this.namePrefix = namePrefix;
        this.onChange = onChange;
        setOpaque(false);
    }

    /** Shows one chip per value (value → label), in the given order, keeping what was selected. */
    void setValues(Map<String, String> valueToLabel) {
        Set<String> selected = selected();
        Map<String, String> wanted = new LinkedHashMap<>(valueToLabel);
        for (String s : selected) {
            wanted.putIfAbsent(s, s);
        }
        if (wanted.equals(labels)) {
            return;
        }
        removeAll();
        chips.clear();
        labels.clear();
        labels.putAll(wanted);
        wanted.forEach((value, label) -> {
            JToggleButton b = new JToggleButton(label);
            b.setName(namePrefix + value);
            b.setFocusable(true);
            b.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_ROUND_RECT);
            b.putClientProperty(FlatClientProperties.STYLE, "margin: 1,8,1,8; "
                    + "selectedBackground: $Component.accentColor; selectedForeground: #fff");
            b.setSelected(selected.contains(value));
            b.addActionListener(e -> onChange.run());
            chips.put(value, b);
            add(b);
        });
        revalidate();
        repaint();
    }

    /** Selects exactly these values (adding chips for values not shown yet) without firing onChange. */
    void select(List<String> values) {
        Map<String, String> all = new LinkedHashMap<>(labels);
        values.forEach(v -> all.putIfAbsent(v, v));
        chips.values().forEach(b -> b.setSelected(false));
        setValues(all);
        values.forEach(v -> chips.get(v).setSelected(true));
    }

    Set<String> selected() {
        Set<String> out = new LinkedHashSet<>();
        chips.forEach((v, b) -> {
            if (b.isSelected()) {
                out.add(v);
            }
        });
        return out;
    }

    List<String> selectedList() {
        return new ArrayList<>(selected());
    }
}
