package org.prepdesk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.prepdesk.search.SearchHit;
import org.prepdesk.search.SearchResult;
import org.prepdesk.store.TaskExecutor;

/**
 * Search as you type: the field lives in the toolbar, the results in this view. Queries run on
 * the task executor after a short pause in typing; a query overtaken by newer typing is skipped
 * before it runs and its result dropped if it finished anyway. Arrows move through the results,
 * Enter opens one, Escape goes back. EDT only, apart from {@link #latest}.
 */
public final class SearchPanel extends JPanel {
    static final int DEBOUNCE_MS = 150;
    static final int LIMIT = 50;

    private final TaskExecutor exec;
    private final JTextField field = new JTextField(28);
    private final DefaultListModel<SearchHit> model = new DefaultListModel<>();
    private final JList<SearchHit> list = new JList<>(model) {
        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true; // rows wrap to the view's width instead of scrolling sideways
        }
    };
    private final JLabel header = new JLabel(" ");
    private final SearchHitRenderer renderer = new SearchHitRenderer();
    private final Timer debounce;
    private final AtomicLong latest = new AtomicLong(); // the newest query's number; read by the worker
    private volatile NoteSearch search;                  // null until ready
    private Consumer<SearchHit> onOpen = h -> { };
    private Consumer<Boolean> onActive = a -> { };
    private Runnable onEscape = () -> { };
    private String shownQuery = "";

    public SearchPanel(TaskExecutor exec) {
        super(new BorderLayout());
        this.exec = exec;
        field.setName("searchField");
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Search notes (Ctrl+K)");
        field.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        list.setName("searchResults");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(renderer);
        header.setName("searchHeader");
        header.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        add(header, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(list);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                list.setFixedCellHeight(10); // forget cached row heights: snippets re-wrap to the new width
                list.setFixedCellHeight(-1);
            }
        });
        add(scroll, BorderLayout.CENTER);
        debounce = new Timer(DEBOUNCE_MS, e -> runQuery());
        debounce.setRepeats(false);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
            }
        });
        field.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                switch (e.getKeyCode()) {
                    case KeyEvent.VK_DOWN -> moveSelection(1);
                    case KeyEvent.VK_UP -> moveSelection(-1);
                    case KeyEvent.VK_ENTER -> openSelected();
                    case KeyEvent.VK_ESCAPE -> escape();
                    default -> {
                        return;
                    }
                }
                e.consume();
            }
        });
        list.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (e.getKeyCode() == KeyEvent.VK_ENTER) {
                    openSelected();
                    e.consume();
                } else if (e.getKeyCode() == KeyEvent.VK_ESCAPE) {
                    escape();
                    e.consume();
                }
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() >= 1 && list.locationToIndex(e.getPoint()) >= 0) {
                    openSelected();
                }
            }
        });
    }

    /** Adds the rehearsal mark (due, strength) to the icons of rehearsable results. */
    public void noteMarks(org.prepdesk.ui.rehearse.RehearsalMarks m) {
        renderer.noteMarks(m);
        m.onChange(list::repaint);
    }

    public JTextField field() {
        return field;
    }

    public JList<SearchHit> results() {
        return list;
    }

    public void onOpen(Consumer<SearchHit> c) {
        onOpen = c;
    }

    /** Told true when results should be shown, false when the search is cleared. */
    public void onActive(Consumer<Boolean> c) {
        onActive = c;
    }

    public void onEscape(Runnable r) {
        onEscape = r;
    }

    /** The search is ready (opened on the executor); runs the query typed meanwhile. */
    public void ready(NoteSearch s) {
        search = s;
        if (!field.getText().isBlank()) {
            runQuery();
        }
    }

    public boolean isReady() {
        return search != null;
    }

    public void focus() {
        field.requestFocusInWindow();
        field.selectAll();
    }

    private void typed() {
        latest.incrementAndGet(); // anything queued is stale from now on
        debounce.restart();
    }

    private void runQuery() {
        String q = field.getText().strip();
        long mine = latest.incrementAndGet();
        if (q.isEmpty()) {
            model.clear();
            shownQuery = "";
            onActive.accept(false);
            return;
        }
        onActive.accept(true);
        NoteSearch s = search;
        if (s == null) {
            header.setText("Search is getting ready…");
            return;
        }
        exec.submit(() -> latest.get() == mine ? s.search(q, LIMIT) : null)
                .whenComplete((r, ex) -> UiTasks.onEdt(() -> {
                    if (latest.get() != mine || r == null) {
                        return; // overtaken by newer typing
                    }
                    show(ex == null ? r : SearchResult.empty(q));
                }));
    }

    private void show(SearchResult r) {
        shownQuery = r.query();
        model.clear();
        r.hits().forEach(model::addElement);
        String count = r.totalHits() == 0 ? "No notes match"
                : !r.totalIsExact() ? String.format("At least %,d notes", r.totalHits())
                : r.totalHits() == 1 ? "1 note" : String.format("%,d notes", r.totalHits());
        header.setText(r.correctedQuery() != null ? "Showing results for “" + r.correctedQuery() + "” · " + count
                : count);
        if (!model.isEmpty()) {
            list.setSelectedIndex(0);
        }
    }

    /** The query whose results are on screen (for tests and the palette). */
    public String shownQuery() {
        return shownQuery;
    }

    private void moveSelection(int delta) {
        if (model.isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(model.size() - 1, list.getSelectedIndex() + delta));
        list.setSelectedIndex(i);
        list.ensureIndexIsVisible(i);
    }

    private void openSelected() {
        SearchHit h = list.getSelectedValue();
        if (h == null && !model.isEmpty()) {
            h = model.get(0);
        }
        if (h != null) {
            onOpen.accept(h);
        }
    }

    private void escape() {
        field.setText("");
        debounce.stop();
        runQuery();
        onEscape.run();
    }

    public void close() {
        debounce.stop();
        NoteSearch s = search;
        search = null;
        if (s != null) {
            exec.run(s::close);
        }
    }
}
