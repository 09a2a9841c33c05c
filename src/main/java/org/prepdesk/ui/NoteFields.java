package org.prepdesk.ui;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import com.formdev.flatlaf.FlatClientProperties;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rtextarea.RTextScrollPane;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Star;
import org.prepdesk.review.StarRule;

/**
 * The fields of one note: title, kind, tags, cues, the four STAR fields (stories only) and the
 * Markdown body. Reads a {@link Note} in and gives the edited one back; knows nothing of saving.
 * EDT only.
 */
final class NoteFields extends JPanel {
    final JTextField title = named(new JTextField(), "titleField");
    final JComboBox<Kind> kind = new JComboBox<>(Kind.values());
    final JTextField tags = named(new JTextField(), "tagsField");
    final JTextField cues = named(new JTextField(), "cuesField");
    final JTextField shows = named(new JTextField(), "showsField");
    final JTextArea situation = area("situationField");
    final JTextArea task = area("taskField");
    final JTextArea action = area("actionField");
    final JTextArea result = area("resultField");
    final RSyntaxTextArea body = new RSyntaxTextArea(20, 60);
    final RTextScrollPane bodyScroll;
    private final JPanel starPanel = new JPanel(new GridLayout(2, 2, 8, 6));
    private final JLabel showsLabel = label("Shows", shows);
    private final StarHints hints = new StarHints();
    private final CompetencyLinks competencies;
    private boolean loading;

    NoteFields(Supplier<List<String>> allTags, CompetencyLinks competencies, Runnable changed) {
        super(new BorderLayout());
        kind.setName("kindBox");
        kind.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean sel, boolean focus) {
                super.getListCellRendererComponent(list, value, index, sel, focus);
                if (value instanceof Kind k) {
                    setText(k.label());
                    setIcon(KindIcon.of(k));
                }
                return this;
            }
        });
        body.setName("bodyArea");
        body.setSyntaxEditingStyle(SyntaxConstants.SYNTAX_STYLE_MARKDOWN);
        body.setLineWrap(true);
        body.setWrapStyleWord(true);
        body.setCodeFoldingEnabled(false);
        body.setHighlightCurrentLine(false);
        // prose reads better in the interface font than in the editor's monospaced default
        java.awt.Font ui = javax.swing.UIManager.getFont("TextArea.font");
        if (ui != null) {
            body.setFont(ui.deriveFont(ui.getSize2D() + 1f));
        }
        body.setMargin(new Insets(6, 8, 6, 8));
        bodyScroll = new RTextScrollPane(body, false);
        title.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Title");
        title.putClientProperty("JComponent.minimumWidth", 200);
        title.setFont(title.getFont().deriveFont(java.awt.Font.BOLD, title.getFont().getSize2D() + 3f));
        tags.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "tags, comma separated");
        cues.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "cue words, comma separated");
        TagCompletion.install(tags, allTags);
        this.competencies = competencies;
        shows.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "competencies this shows, comma separated");
        TagCompletion.install(shows, competencies::titles);

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(8, 10, 6, 10));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.fill = GridBagConstraints.HORIZONTAL;
        row(form, c, 0, "Title", title, "Kind", kind);
        row(form, c, 1, "Tags", tags, "Cues", cues);
        c.gridy = 2;
        c.gridx = 0;
        c.weightx = 0;
        form.add(showsLabel, c);
        c.gridx = 1;
        c.gridwidth = 3;
        form.add(shows, c);
        c.gridwidth = 1;
        starPanel.setBorder(BorderFactory.createEmptyBorder(0, 10, 6, 10));
        starPanel.add(labelled("Situation", situation, hints.label(StarRule.Part.SITUATION)));
        starPanel.add(labelled("Task", task, hints.label(StarRule.Part.TASK)));
        starPanel.add(labelled("Action", action, hints.label(StarRule.Part.ACTION)));
        starPanel.add(labelled("Result", result, hints.label(StarRule.Part.RESULT)));
        JPanel star = new JPanel(new BorderLayout());
        star.add(starPanel, BorderLayout.CENTER);
        JLabel whole = hints.label(StarRule.Part.WHOLE);
        whole.setBorder(BorderFactory.createEmptyBorder(0, 12, 4, 10));
        star.add(whole, BorderLayout.SOUTH);
        JPanel top = new JPanel(new BorderLayout());
        top.add(form, BorderLayout.NORTH);
        top.add(star, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        add(bodyScroll, BorderLayout.CENTER);

        DocumentListener dl = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                fire();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                fire();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
            }

            private void fire() {
                showHints();
                if (!loading) {
                    changed.run();
                }
            }
        };
        for (JTextComponent t : textFields()) {
            t.getDocument().addDocumentListener(dl);
        }
        kind.addActionListener(e -> {
            showKindFields((Kind) kind.getSelectedItem());
            if (!loading) {
                changed.run();
            }
        });
    }

    List<JTextComponent> textFields() {
        return List.of(title, tags, cues, shows, situation, task, action, result, body);
    }

    /** Shows a note's content; no change event fires. Keeps the body's undo history apart. */
    void load(Note n) {
        loading = true;
        try {
            setIfDifferent(title, n.title());
            kind.setSelectedItem(n.kind());
            setIfDifferent(tags, String.join(", ", n.tags()));
            setIfDifferent(cues, String.join(", ", n.cues()));
            if (!shows.hasFocus()) { // a title being typed is not yet a link: keep it while the person types
                setIfDifferent(shows, competencies.showsText(n));
            }
            setIfDifferent(situation, n.star().situation());
            setIfDifferent(task, n.star().task());
            setIfDifferent(action, n.star().action());
            setIfDifferent(result, n.star().result());
            if (!body.getText().equals(n.body())) {
                int caret = body.getCaretPosition();
                body.setText(n.body());
                body.setCaretPosition(Math.min(caret, body.getDocument().getLength()));
            }
            showKindFields(n.kind());
        } finally {
            loading = false;
        }
    }

    /** The note as the fields show it now. */
    Note edited(Note base) {
        return base.withTitle(title.getText().strip())
                .withKind((Kind) kind.getSelectedItem())
                .withTags(split(tags.getText()))
                .withCues(split(cues.getText()))
                .withStar(star())
                .withLinks(competencies.withShows(base, shows.getText()))
                .withBody(body.getText());
    }

    private Star star() {
        return new Star(situation.getText(), task.getText(), action.getText(), result.getText());
    }

    private void showHints() {
        hints.update(star(), kind.getSelectedItem() == Kind.STORY);
    }

    /** STAR fields for stories; "Shows" for the kinds that show a competency. */
    private void showKindFields(Kind k) {
        starPanel.getParent().setVisible(k == Kind.STORY);
        boolean linksCompetency = k == Kind.STORY || k == Kind.TALKING_POINT || k == Kind.QUESTION;
        shows.setVisible(linksCompetency);
        showsLabel.setVisible(linksCompetency);
        showHints();
    }

    /** The words a person would say: the body and the STAR fields. */
    String spokenText() {
        return String.join("\n", body.getText(), situation.getText(), task.getText(), action.getText(),
                result.getText());
    }

    /** The text component holding a search field ("title", "body", "situation", …), or null. */
    JTextComponent field(String name) {
        return switch (name) {
            case "title" -> title;
            case "body" -> body;
            case "situation" -> situation;
            case "task" -> task;
            case "action" -> action;
            case "result" -> result;
            case "cue", "cues" -> cues;
            case "tag", "tags" -> tags;
            default -> null;
        };
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static void setIfDifferent(JTextComponent t, String v) {
        if (!t.getText().equals(v)) {
            t.setText(v);
            if (!t.hasFocus()) {
                t.setCaretPosition(0); // a field opened for reading shows its first line, not its last
            }
        }
    }

    private static void row(JPanel p, GridBagConstraints c, int y, String l1, JComponent f1, String l2,
                            JComponent f2) {
        c.gridy = y;
        c.gridx = 0;
        c.weightx = 0;
        p.add(label(l1, f1), c);
        c.gridx = 1;
        c.weightx = 1;
        p.add(f1, c);
        c.gridx = 2;
        c.weightx = 0;
        p.add(label(l2, f2), c);
        c.gridx = 3;
        c.weightx = f2 instanceof JComboBox ? 0 : 0.6;
        p.add(f2, c);
    }

    private static JLabel label(String text, JComponent target) {
        JLabel l = new JLabel(text);
        l.setLabelFor(target);
        return l;
    }

    private static JPanel labelled(String text, JTextArea area, JLabel hint) {
        JPanel p = new JPanel(new BorderLayout(0, 2));
        p.add(label(text, area), BorderLayout.NORTH);
        p.add(new JScrollPane(area), BorderLayout.CENTER);
        p.add(hint, BorderLayout.SOUTH);
        return p;
    }

    private static JTextArea area(String name) {
        JTextArea a = named(new JTextArea(3, 20), name);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        return a;
    }

    private static <T extends JComponent> T named(T c, String name) {
        c.setName(name);
        return c;
    }
}
