package org.prepdesk.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.Timer;
import javax.swing.UIManager;
import org.prepdesk.model.Text;

/**
 * The bottom line: save state (with Retry after a failure), messages (with Undo after a delete),
 * progress of background work, the open note's word count and speaking time, and the number of
 * notes. EDT only.
 */
public final class StatusBar extends JPanel implements Feedback {
    static final int WORDS_PER_MINUTE = 130;

    private final JLabel save = named(new JLabel("No note open"), "saveStatus");
    private final JButton retry = new JButton("Retry");
    private final JLabel message = named(new JLabel(" "), "statusMessage");
    private final JButton undo = new JButton("Undo");
    private final JProgressBar progress = named(new JProgressBar(), "statusProgress");
    private final JLabel words = named(new JLabel(" "), "wordCount");
    private final JLabel notes = named(new JLabel(" "), "noteCount");
    private final Timer clearMessage = new Timer(8000, e -> clearMessage());
    private Runnable undoAction;
    private Runnable retryAction;

    public StatusBar() {
        super(new BorderLayout());
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(2, 8, 2, 8)));
        retry.setName("retrySave");
        undo.setName("undoButton");
        retry.setVisible(false);
        undo.setVisible(false);
        retry.putClientProperty("JButton.buttonType", "toolBarButton");
        undo.putClientProperty("JButton.buttonType", "toolBarButton");
        retry.addActionListener(e -> {
            if (retryAction != null) {
                retryAction.run();
            }
        });
        undo.addActionListener(e -> runUndo());
        progress.setVisible(false);
        progress.setStringPainted(true);
        clearMessage.setRepeats(false);
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        left.setOpaque(false);
        left.add(save);
        left.add(retry);
        left.add(message);
        left.add(undo);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 12, 0));
        right.setOpaque(false);
        right.add(progress);
        right.add(words);
        right.add(notes);
        add(left, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
    }

    public void saveState(NoteEditor.SaveState state, String detail, Runnable retryIt) {
        retryAction = retryIt;
        retry.setVisible(state == NoteEditor.SaveState.FAILED);
        save.setForeground(state == NoteEditor.SaveState.FAILED ? UIManager.getColor("Component.error.focusedBorderColor")
                : UIManager.getColor("Label.foreground"));
        save.setText(switch (state) {
            case SAVED -> "Saved";
            case UNSAVED -> "Edited";
            case SAVING -> "Saving…";
            case FAILED -> "Not saved: " + detail + " (your text is kept)";
        });
    }

    public void noEditor() {
        retry.setVisible(false);
        save.setText("No note open");
        words.setText(" ");
    }

    /** Word count and speaking time of what would be said aloud. */
    public void words(String spoken) {
        int n = Text.wordCount(spoken);
        words.setText(n + (n == 1 ? " word" : " words") + " ≈ " + speakingTime(n) + " spoken");
    }

    static String speakingTime(int words) {
        long seconds = Math.round(words * 60.0 / WORDS_PER_MINUTE);
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    public void noteCount(int n) {
        notes.setText(String.format("%,d %s", n, n == 1 ? "note" : "notes"));
    }

    /** Background work: done of total; total 0 hides the bar. */
    public void progress(long done, long total, String what) {
        progress.setIndeterminate(false);
        progress.setVisible(total > 0 && done < total);
        progress.setMaximum((int) Math.min(Integer.MAX_VALUE, Math.max(1, total)));
        progress.setValue((int) Math.min(Integer.MAX_VALUE, done));
        progress.setString(what);
    }

    /** Background work of unknown length (a sync, history opening): a moving bar saying what; blank hides it. */
    public void busy(String what) {
        boolean on = what != null && !what.isBlank();
        progress.setIndeterminate(on);
        progress.setVisible(on);
        progress.setString(on ? what : "");
    }

    @Override
    public void info(String m) {
        show(m, null);
    }

    @Override
    public void error(String m) {
        show(m, null);
        message.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
    }

    @Override
    public void undoable(String m, Runnable undoIt) {
        show(m, undoIt);
    }

    /** Undoes the last undoable change shown here, if it is still on offer. */
    public boolean runUndo() {
        Runnable u = undoAction;
        clearMessage();
        if (u != null) {
            u.run();
            return true;
        }
        return false;
    }

    private void show(String m, Runnable undoIt) {
        message.setForeground(UIManager.getColor("Label.foreground"));
        message.setText(m);
        undoAction = undoIt;
        undo.setVisible(undoIt != null);
        clearMessage.setInitialDelay(undoIt != null ? 20000 : 8000);
        clearMessage.restart();
    }

    private void clearMessage() {
        message.setText(" ");
        undo.setVisible(false);
        undoAction = null;
    }

    private static <C extends javax.swing.JComponent> C named(C l, String name) {
        l.setName(name);
        return l;
    }
}
