package org.prepdesk.ui.rehearse;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.ActionEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.prepdesk.model.Grade;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.review.RehearsalCard;
import org.prepdesk.review.RehearsalFilter;
import org.prepdesk.review.RehearsalItem;
import org.prepdesk.review.RehearsalSummary;
import org.prepdesk.review.Rehearsals;
import org.prepdesk.review.SpeakingTime;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * The Rehearse view: one item at a time, its prompt large, a speaking clock, Space to reveal the
 * notes, 1–4 to grade, Escape to end with a summary. Every key is bound on this view, so it works
 * without a mouse: T, K and C choose the tag, the kind and cram mode; + and − set the confidence.
 * Queues are read and grades written on the background executor; the view changes on the EDT only.
 */
public final class RehearseView extends JPanel {
    private static final String ALL_TAGS = "All tags";
    private static final List<Kind> KINDS = List.of(Kind.STORY, Kind.TALKING_POINT, Kind.QUESTION);
    private static final int TARGET_STEP = 15;

    private final Workspace ws;
    private final TaskExecutor exec;
    private final Rehearsals rehearsals;
    private final RehearsalMarks marks;
    private final Runnable onClose;
    private final CardLayout pages = new CardLayout();
    private final JPanel body = new JPanel(pages);
    private final JPanel stage = new JPanel(new BorderLayout());
    private final JComboBox<String> tag = new JComboBox<>();
    private final JComboBox<String> kind = new JComboBox<>();
    private final JCheckBox cram = new JCheckBox("Cram (C)");
    private final JLabel progress = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final JLabel kindLine = new JLabel(" ");
    private final JTextArea prompt = new JTextArea();
    private final JLabel hint = new JLabel(" ");
    private final JLabel timer = new JLabel(" ");
    private final JLabel warning = new JLabel(" ");
    private final AnswerSheet answer = new AnswerSheet();
    private final List<JButton> gradeButtons = new ArrayList<>();
    private final SessionSummaryPanel summaryPage = new SessionSummaryPanel();
    private final SpeakingClock clock = new SpeakingClock(timer);

    private List<RehearsalItem> queue = List.of();
    private Map<String, RehearsalCard> cards = Map.of();
    private final Map<String, Integer> confidence = new HashMap<>();
    private int index;
    private boolean revealed;
    private boolean inSession;
    private RehearsalSummary tally = new RehearsalSummary();
    private int generation; // a newer load wins over an older one still under way

    public RehearseView(Workspace ws, TaskExecutor exec, Rehearsals rehearsals, RehearsalMarks marks, Runnable onClose) {
        super(new BorderLayout());
        this.ws = ws;
        this.exec = exec;
        this.rehearsals = rehearsals;
        this.marks = marks;
        this.onClose = onClose;
        setName("rehearseView");
        add(filterBar(), BorderLayout.NORTH);
        body.add(stagePage(), "stage");
        body.add(summaryPage, "summary");
        add(body, BorderLayout.CENTER);
        bindKeys();
    }

    private JComponent filterBar() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        JLabel title = new JLabel("Rehearse");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() * 1.2f));
        tag.setName("rehearseTag");
        kind.setName("rehearseKind");
        cram.setName("rehearseCram");
        progress.setName("rehearseProgress");
        message.setName("rehearseMessage");
        kind.addItem("All kinds");
        KINDS.forEach(k -> kind.addItem(k.label()));
        for (JComponent c : List.of(tag, kind, cram)) {
            c.setFocusable(false); // the keys belong to the stage; T, K and C change these
        }
        tag.addActionListener(e -> reloadIfInSession());
        kind.addActionListener(e -> reloadIfInSession());
        cram.addActionListener(e -> reloadIfInSession());
        JButton end = new JButton("End (Esc)");
        end.setFocusable(false);
        end.addActionListener(e -> escape());
        for (Component c : List.of(title, new JLabel("  Tag (T):"), tag, new JLabel("Kind (K):"), kind, cram, progress, end,
                message)) {
            bar.add(c);
        }
        return bar;
    }

    private JComponent stagePage() {
        Font base = UIManager.getFont("Label.font");
        JPanel column = new JPanel();
        column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
        column.setBorder(BorderFactory.createEmptyBorder(24, 40, 16, 40));
        kindLine.setName("rehearseKindLine");
        prompt.setName("rehearsePrompt");
        prompt.setEditable(false);
        prompt.setFocusable(false);
        prompt.setLineWrap(true);
        prompt.setWrapStyleWord(true);
        prompt.setOpaque(false);
        prompt.setFont(base.deriveFont(Font.BOLD, base.getSize2D() * 2.4f));
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        timer.setName("rehearseTimer");
        timer.setFont(base.deriveFont(Font.BOLD, base.getSize2D() * 2.6f));
        warning.setName("rehearseWarning");
        warning.setForeground(SpeakingClock.AMBER);
        for (JComponent c : List.of(kindLine, prompt, hint, timer, warning)) {
            c.setAlignmentX(LEFT_ALIGNMENT);
            c.setBorder(BorderFactory.createEmptyBorder(0, 0, 10, 0));
            column.add(c);
        }
        JScrollPane answerScroll = new JScrollPane(answer);
        answerScroll.setBorder(BorderFactory.createEmptyBorder(0, 40, 0, 40));
        JPanel grades = new JPanel(new FlowLayout(FlowLayout.LEFT, 10, 8));
        grades.setBorder(BorderFactory.createEmptyBorder(0, 32, 0, 32));
        for (Grade g : Grade.values()) {
            JButton b = new JButton(g.value() + "  " + g.label());
            b.setName("grade-" + g.id());
            b.setFocusable(false);
            b.addActionListener(e -> grade(g));
            gradeButtons.add(b);
            grades.add(b);
        }
        JLabel keys = new JLabel("Space reveal  ·  1–4 grade  ·  +/− confidence  ·  [ ] target  ·  Esc end");
        keys.setForeground(UIManager.getColor("Label.disabledForeground"));
        keys.setBorder(BorderFactory.createEmptyBorder(0, 42, 12, 16));
        JPanel south = new JPanel(new BorderLayout());
        south.add(grades, BorderLayout.NORTH);
        south.add(keys, BorderLayout.SOUTH);
        stage.setName("rehearseStage");
        stage.setFocusable(true);
        stage.add(column, BorderLayout.NORTH);
        stage.add(answerScroll, BorderLayout.CENTER);
        stage.add(south, BorderLayout.SOUTH);
        stage.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                stage.requestFocusInWindow();
                clock.startIfIdle();
            }
        });
        stage.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (inSession && e.getKeyCode() != KeyEvent.VK_ESCAPE && !isModifier(e.getKeyCode())) {
                    clock.startIfIdle();
                }
            }
        });
        return stage;
    }

    private static boolean isModifier(int code) {
        return code == KeyEvent.VK_SHIFT || code == KeyEvent.VK_CONTROL || code == KeyEvent.VK_ALT || code == KeyEvent.VK_META;
    }

    private void bindKeys() {
        key("SPACE", "reveal", this::reveal);
        key("ESCAPE", "end", this::escape);
        key("ENTER", "enter", () -> {
            if (!inSession) {
                onClose.run();
            }
        });
        for (Grade g : Grade.values()) {
            key(String.valueOf(g.value()), "grade-" + g.id(), () -> grade(g));
            key("NUMPAD" + g.value(), "grade-pad-" + g.id(), () -> grade(g));
        }
        key("typed +", "confidence-up", () -> changeConfidence(1));
        key("typed =", "confidence-up2", () -> changeConfidence(1));
        key("typed -", "confidence-down", () -> changeConfidence(-1));
        key("typed [", "target-down", () -> changeTarget(-TARGET_STEP));
        key("typed ]", "target-up", () -> changeTarget(TARGET_STEP));
        key("T", "next-tag", () -> cycle(tag));
        key("K", "next-kind", () -> cycle(kind));
        key("C", "cram", () -> cram.doClick());
        key("R", "again", () -> {
            if (!inSession) {
                open();
            }
        });
        // window shortcuts that would act on the tree behind this view do nothing here
        for (String k : List.of("DELETE", "F2", "ctrl X", "ctrl V", "alt UP", "alt DOWN")) {
            key(k, "ignore", () -> { });
        }
    }

    private void key(String stroke, String name, Runnable r) {
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(stroke), name);
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    private static void cycle(JComboBox<String> box) {
        if (box.getItemCount() > 0) {
            box.setSelectedIndex((box.getSelectedIndex() + 1) % box.getItemCount());
        }
    }

    // ------------------------------------------------------------------ session

    /** Starts a session on what is due now (or everything, in cram mode), weakest first. */
    public void open() {
        String chosen = (String) tag.getSelectedItem();
        tag.removeAllItems();
        tag.addItem(ALL_TAGS);
        exec.submit(ws::allTags).whenComplete((tags, ex) -> SwingUtilities.invokeLater(() -> {
            if (tags != null) {
                QuietChange.run(tag, () -> {
                    tags.forEach(tag::addItem);
                    tag.setSelectedItem(chosen == null ? ALL_TAGS : chosen);
                });
            }
        }));
        inSession = true;
        tally = new RehearsalSummary();
        pages.show(body, "stage");
        load();
        SwingUtilities.invokeLater(stage::requestFocusInWindow);
    }

    private void reloadIfInSession() {
        if (inSession) {
            load();
        }
    }

    private RehearsalFilter filter() {
        String t = (String) tag.getSelectedItem();
        int k = kind.getSelectedIndex();
        return new RehearsalFilter(t == null || t.equals(ALL_TAGS) ? List.of() : List.of(t),
                k <= 0 ? Set.of() : Set.of(KINDS.get(k - 1)), 0, cram.isSelected());
    }

    private record Loaded(List<RehearsalItem> queue, Map<String, RehearsalCard> cards) {
    }

    private void load() {
        int mine = ++generation;
        RehearsalFilter f = filter();
        Instant now = Instant.now();
        showMessage("Loading…");
        exec.submit(() -> {
            List<RehearsalItem> q = rehearsals.queue(f, now);
            Map<String, RehearsalCard> c = new HashMap<>();
            q.forEach(i -> c.put(i.note().id(), RehearsalCard.of(i.note(), ws)));
            return new Loaded(q, c);
        }).whenComplete((l, ex) -> SwingUtilities.invokeLater(() -> {
            if (mine != generation) {
                return;
            }
            if (ex != null) {
                showMessage("Cannot read the rehearsal queue: " + ex.getMessage());
                return;
            }
            showMessage(" ");
            queue = l.queue();
            cards = l.cards();
            confidence.clear();
            queue.forEach(i -> confidence.put(i.note().id(), i.note().confidence()));
            index = 0;
            showCurrent();
        }));
    }

    private RehearsalItem current() {
        return inSession && index < queue.size() ? queue.get(index) : null;
    }

    private void showCurrent() {
        RehearsalItem item = current();
        revealed = false;
        if (item == null) {
            clock.reset(SpeakingTime.STORY_SECONDS);
            progress.setText(queue.isEmpty() ? "nothing to rehearse" : "");
            kindLine.setText(" ");
            prompt.setText(queue.isEmpty() ? "Nothing is due now." : "");
            hint.setText(queue.isEmpty() ? "Press C to cram every item once, T or K to choose others, Esc to leave." : " ");
            warning.setText(" ");
            answer.setText("");
            gradeButtons.forEach(b -> b.setEnabled(false));
            return;
        }
        RehearsalCard card = cards.get(item.note().id());
        progress.setText((index + 1) + " of " + queue.size() + (item.isNew() ? " · new" : item.isDue() ? " · due" : ""));
        prompt.setText(card.prompt());
        hint.setText("<html>" + card.hint() + "<br>Enter or a click starts the clock.</html>");
        showKindLine(item);
        warning.setText(tooLong(item));
        clock.reset(item.targetSeconds());
        answer.showHidden();
        Instant now = Instant.now();
        for (Grade g : Grade.values()) {
            long days = rehearsals.scheduler().intervalDays(item.schedule(), g, now);
            JButton b = gradeButtons.get(g.value() - 1);
            b.setText(g.value() + "  " + g.label() + "  · " + days + " d");
            b.setEnabled(true);
        }
    }

    private static String tooLong(RehearsalItem item) {
        return item.tooLongToSay() ? "Your written answer takes " + SpeakingTime.clock(item.writtenSeconds())
                + " to say: longer than the " + SpeakingTime.clock(item.targetSeconds()) + " target." : " ";
    }

    private void showKindLine(RehearsalItem item) {
        int c = confidence.getOrDefault(item.note().id(), 0);
        String dots = c == 0 ? "not set" : "●".repeat(c) + "○".repeat(Note.MAX_CONFIDENCE - c);
        String state = item.isNew() ? "never rehearsed"
                : "recall " + Math.round(item.retrievability() * 100) + " % · " + item.schedule().reps() + " reviews";
        kindLine.setText(item.note().kind().label() + "  ·  confidence " + dots + "  ·  " + state);
    }

    private void reveal() {
        RehearsalItem item = current();
        if (item == null || revealed) {
            return;
        }
        clock.stop();
        revealed = true;
        answer.show(cards.get(item.note().id()));
    }

    private void grade(Grade g) {
        RehearsalItem item = current();
        if (item == null) {
            return;
        }
        int seconds = clock.stop();
        tally.add(g, seconds);
        Instant at = Instant.now();
        String id = item.note().id();
        exec.submit(() -> rehearsals.grade(id, g, seconds, at)).whenComplete((r, ex) -> SwingUtilities.invokeLater(() -> {
            if (ex != null) {
                showMessage("The review was not recorded: " + rootMessage(ex));
            } else {
                marks.update(r.rehearsal());
            }
        }));
        index++;
        if (index >= queue.size()) {
            end();
        } else {
            showCurrent();
        }
    }

    /** [ and ] move this note's target speaking time by 15 s; it is kept in the rehearsal file, not the note. */
    private void changeTarget(int delta) {
        RehearsalItem item = current();
        if (item == null) {
            return;
        }
        int target = Math.max(TARGET_STEP, item.targetSeconds() + delta);
        RehearsalItem changed = new RehearsalItem(item.note(), item.rehearsal().withTargetSeconds(target), item.at(),
                item.retrievability(), target, item.writtenSeconds());
        queue = new ArrayList<>(queue);
        queue.set(index, changed);
        clock.retarget(target);
        warning.setText(tooLong(changed));
        String id = item.note().id();
        exec.submit(() -> rehearsals.setTarget(id, target)).whenComplete((r, ex) -> {
            if (ex != null) {
                SwingUtilities.invokeLater(() -> showMessage("Target not saved: " + rootMessage(ex)));
            }
        });
    }

    private void changeConfidence(int delta) {
        RehearsalItem item = current();
        if (item == null) {
            return;
        }
        String id = item.note().id();
        int c = Math.max(1, Math.min(Note.MAX_CONFIDENCE, confidence.getOrDefault(id, 0) + delta));
        confidence.put(id, c);
        showKindLine(item);
        // the one change here that rewrites the note: the person asked for it
        exec.submit(() -> ws.note(id).map(n -> ws.updateNote(n.withConfidence(c)))).whenComplete((n, ex) -> {
            if (ex != null) {
                SwingUtilities.invokeLater(() -> showMessage("Confidence not saved: " + rootMessage(ex)));
            }
        });
    }

    private void escape() {
        if (inSession) {
            end();
        } else {
            onClose.run();
        }
    }

    /** Ends the session and shows what it came to. */
    private void end() {
        clock.stop();
        inSession = false;
        summaryPage.show(tally);
        pages.show(body, "summary");
        progress.setText(" ");
        RehearsalFilter f = new RehearsalFilter(filter().tags(), filter().kinds(), 0, false);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        // after the grades just queued on the same executor, so they count
        exec.submit(() -> rehearsals.queue(f, tomorrow).stream().filter(RehearsalItem::isDue)
                .map(i -> i.note().title()).toList())
                .whenComplete((titles, ex) -> SwingUtilities.invokeLater(() -> {
                    if (titles != null) {
                        summaryPage.dueTomorrow(titles);
                    }
                }));
        SwingUtilities.invokeLater(summaryPage::requestFocusInWindow);
    }

    /** Focus for the keys (after the view is shown). */
    public void focusStage() {
        (inSession ? stage : summaryPage).requestFocusInWindow();
    }

    public boolean inSession() {
        return inSession;
    }

    public void dispose() {
        clock.dispose();
    }

    private void showMessage(String m) {
        message.setText(m);
    }

    private static String rootMessage(Throwable ex) {
        Throwable t = ex.getCause() != null ? ex.getCause() : ex;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
