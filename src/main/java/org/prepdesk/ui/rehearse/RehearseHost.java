package org.prepdesk.ui.rehearse;

import java.awt.CardLayout;
import java.awt.Component;
import javax.swing.JPanel;
import org.prepdesk.review.Rehearsals;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * The centre of the window: the note editors, or in their place the Rehearse view while a person
 * rehearses. The view is made on first use. EDT only.
 */
public final class RehearseHost extends JPanel {
    private final CardLayout cards = new CardLayout();
    private final Workspace ws;
    private final TaskExecutor exec;
    private final Rehearsals rehearsals;
    private final RehearsalMarks marks;
    private final Component editors;
    private RehearseView view;
    private Runnable onLeave = () -> { };

    /** {@code tabs}: the editors' tabs; opening or choosing a note there brings the editors back. */
    public RehearseHost(Component editors, javax.swing.JTabbedPane tabs, Workspace ws, TaskExecutor exec) {
        this.editors = editors;
        this.ws = ws;
        this.exec = exec;
        this.rehearsals = new Rehearsals(ws, new org.prepdesk.review.RehearsalStore(ws), scheduler());
        this.marks = new RehearsalMarks(rehearsals, exec);
        setLayout(cards);
        add(editors, "editors");
        marks.refresh();
        tabs.addChangeListener(e -> showEditors());
        tabs.addContainerListener(new java.awt.event.ContainerAdapter() {
            @Override
            public void componentAdded(java.awt.event.ContainerEvent e) {
                showEditors();
            }
        });
    }

    private void showEditors() {
        if (isRehearsing()) {
            cards.show(this, "editors");
            marks.refresh();
        }
    }

    /** The configured scheduler; a retention property that is not a number between 0 and 1 is ignored here. */
    private static org.prepdesk.review.ReviewScheduler scheduler() {
        try {
            return org.prepdesk.review.ReviewScheduler.configured();
        } catch (IllegalArgumentException e) {
            return org.prepdesk.review.ReviewScheduler.defaults();
        }
    }

    public RehearsalMarks marks() {
        return marks;
    }

    /** Where the focus goes back to when the person leaves the Rehearse view. */
    public void onLeave(Runnable r) {
        onLeave = r;
    }

    /** Shows the Rehearse view and starts a session. */
    public void rehearse() {
        if (view == null) {
            view = new RehearseView(ws, exec, rehearsals, marks, this::leave);
            add(view, "rehearse");
        }
        cards.show(this, "rehearse");
        if (!view.inSession()) {
            view.open();
        }
        view.focusStage();
    }

    public boolean isRehearsing() {
        return view != null && view.isShowing();
    }

    private void leave() {
        cards.show(this, "editors");
        marks.refresh();
        onLeave.run();
    }

    public void dispose() {
        if (view != null) {
            view.dispose();
        }
    }

    Component editors() {
        return editors;
    }
}
