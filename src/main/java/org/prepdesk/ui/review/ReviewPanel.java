package org.prepdesk.ui.review;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.prepdesk.model.Kind;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.review.HtmlSheetRenderer;
import org.prepdesk.review.Sheet;
import org.prepdesk.review.SheetAssembler;
import org.prepdesk.review.SheetFormat;
import org.prepdesk.store.SheetStore;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceListener;

/**
 * The review-sheet side panel: pick a saved sheet or quick-pick tags and kinds as chips, see the
 * sheet as it will print, export it, print it, save the selection under a name. The preview
 * follows workspace edits: each change restarts a short timer, and when it fires the sheet is
 * assembled and rendered on the task executor, then shown on the EDT (a newer request supersedes
 * an older one still running).
 *
 * <p>Threading: construct and use on the EDT. The workspace listener only posts to the EDT.
 * Call {@link #dispose()} when the panel goes away, so the workspace no longer holds it.
 */
public final class ReviewPanel extends JPanel {
    /** Quiet time after the last edit before the preview is rebuilt. */
    static final int DEBOUNCE_MS = 350;
    private static final String QUICK_PICK = "Quick pick";

    private final Workspace ws;
    private final TaskExecutor executor;
    private final SheetStore store;
    private final SheetAssembler assembler = new SheetAssembler();
    private final HtmlSheetRenderer renderer = new HtmlSheetRenderer();
    private final WorkspaceListener listener;
    private final Timer debounce;
    private final SheetOutput output;

    private final JComboBox<Object> sheetChoice = new JComboBox<>();
    private final JTextField subtitle = new JTextField();
    private final ChipGroup tagChips = new ChipGroup("review.tag.", this::selectionChanged);
    private final ChipGroup kindChips = new ChipGroup("review.kind.", this::selectionChanged);
    private final JComboBox<String> grouping = new JComboBox<>(new String[] {"By kind", "By section"});
    private final JComboBox<String> order = new JComboBox<>(new String[] {"Tree order", "Weakest first"});
    private final SheetPreview preview = new SheetPreview();
    private final JLabel status = new JLabel(" ");
    private final JButton exportButton = new JButton("Export ▾");
    private final JButton printButton = new JButton("Print…");
    private final JButton saveButton = new JButton("Save as…");
    private final JButton deleteButton = new JButton("Delete");

    // All EDT only:
    private SheetSpec base = newSpec();        // the saved sheet picked, or a blank quick pick
    private List<String> sectionIds = List.of();
    private Sheet shown;                        // the sheet in the preview; null before the first
    private long requested;                     // generation of the newest assembly asked for
    private boolean updatingControls;
    private boolean disposed;

    public ReviewPanel(Workspace ws, TaskExecutor executor) {
        super(new BorderLayout());
        this.ws = Objects.requireNonNull(ws);
        this.executor = Objects.requireNonNull(executor);
        this.store = new SheetStore(ws);
        this.output = new SheetOutput(this, executor, this::setStatus);
        setName("review.panel");

        debounce = new Timer(DEBOUNCE_MS, e -> refreshNow());
        debounce.setRepeats(false);

        add(controls(), BorderLayout.NORTH);
        add(preview.component(), BorderLayout.CENTER);
        add(buttons(), BorderLayout.SOUTH);
        setPreferredSize(new Dimension(400, 600));

        Map<String, String> kinds = new LinkedHashMap<>();
        for (Kind k : SheetAssembler.KIND_ORDER) {
            kinds.put(k.id(), SheetAssembler.plural(k));
        }
        kindChips.setValues(kinds);

        listener = event -> SwingUtilities.invokeLater(this::scheduleRefresh);
        ws.addListener(listener);
        showMessage("Pick tags or kinds above, or a saved sheet, to build the review sheet.");
        refreshNow();
    }

    // ------------------------------------------------------------------ public API (EDT)

    /** Stops listening to the workspace and stops the timer. The panel must not be used afterwards. */
    public void dispose() {
        disposed = true;
        debounce.stop();
        ws.removeListener(listener);
    }

    /** Rebuilds the preview after the debounce delay (the timer restarts on every call). */
    public void scheduleRefresh() {
        if (!disposed) {
            debounce.restart();
        }
    }

    /** The selection as it stands in the controls. */
    public SheetSpec currentSpec() {
        SheetSpec.Grouping g = grouping.getSelectedIndex() == 1 ? SheetSpec.Grouping.BY_SECTION
                : SheetSpec.Grouping.BY_KIND;
        SheetSpec.Order o = order.getSelectedIndex() == 1 ? SheetSpec.Order.WEAKEST_FIRST : SheetSpec.Order.TREE;
        List<Kind> kinds = new ArrayList<>();
        for (String id : kindChips.selectedList()) {
            Kind.fromId(id).ifPresent(kinds::add);
        }
        return new SheetSpec(base.id(), base.name(), subtitle.getText().strip(), tagChips.selectedList(), kinds,
                sectionIds, g, o);
    }

    /** Shows a sheet's selection in the controls and rebuilds the preview. */
    public void showSpec(SheetSpec spec) {
        updatingControls = true;
        try {
            base = spec;
            sectionIds = spec.sectionIds();
            subtitle.setText(spec.subtitle());
            subtitle.setCaretPosition(0);
            tagChips.select(spec.tags());
            kindChips.select(spec.kinds().stream().map(Kind::id).toList());
            grouping.setSelectedIndex(spec.grouping() == SheetSpec.Grouping.BY_SECTION ? 1 : 0);
            order.setSelectedIndex(spec.order() == SheetSpec.Order.WEAKEST_FIRST ? 1 : 0);
        } finally {
            updatingControls = false;
        }
        scheduleRefresh();
    }

    /** Saves the current selection under {@code name} (replacing a sheet of that name) on the executor. */
    public void saveSelectionAs(String name) {
        SheetSpec spec = currentSpec();
        SheetSpec named = new SheetSpec(name.strip().equalsIgnoreCase(base.name().strip()) ? base.id() : "new",
                name.strip(), spec.subtitle(), spec.tags(), spec.kinds(), spec.sectionIds(), spec.grouping(), spec.order());
        executor.submit(() -> store.save(named)).whenComplete((saved, ex) -> SwingUtilities.invokeLater(() -> {
            if (ex != null) {
                Throwable c = ex.getCause() != null ? ex.getCause() : ex;
                setStatus("Not saved: " + c.getMessage());
                JOptionPane.showMessageDialog(this, "The sheet was not saved: " + c.getMessage(), "Review sheet",
                        JOptionPane.WARNING_MESSAGE);
                return;
            }
            base = saved;
            setStatus("Saved as \"" + saved.name() + "\"");
            refreshNow();
        }));
    }

    /** The sheet the preview shows, or null when it shows none. */
    public Sheet shownSheet() {
        return shown;
    }

    /** Asks for a file and exports the shown sheet (the window's menu and palette can call this). */
    public void export(SheetFormat format) {
        if (shown == null) {
            setStatus("Nothing to export: the selection is empty");
            return;
        }
        output.export(shown, format);
    }

    /** Prints the shown sheet through the system print dialog. */
    public void print() {
        if (shown == null) {
            setStatus("Nothing to print: the selection is empty");
            return;
        }
        output.print(shown);
    }

    // ------------------------------------------------------------------ building the view

    private JComponent controls() {
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        p.setBorder(BorderFactory.createEmptyBorder(8, 8, 6, 8));

        JLabel heading = new JLabel("Review sheet");
        heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        p.add(FormRows.row(heading));
        p.add(Box.createVerticalStrut(6));

        sheetChoice.setName("review.sheet");
        sheetChoice.setModel(new DefaultComboBoxModel<>(new Object[] {QUICK_PICK}));
        sheetChoice.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                    boolean isSelected, boolean cellHasFocus) {
                Object shownValue = value instanceof SheetSpec s ? s.name() : value;
                return super.getListCellRendererComponent(list, shownValue, index, isSelected, cellHasFocus);
            }
        });
        sheetChoice.addActionListener(e -> sheetChosen());
        deleteButton.setName("review.delete");
        deleteButton.setToolTipText("Delete this saved sheet (the notes stay)");
        deleteButton.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        deleteButton.setEnabled(false);
        deleteButton.addActionListener(e -> askAndDelete());
        JPanel choiceRow = new JPanel(new BorderLayout(4, 0));
        choiceRow.setOpaque(false);
        choiceRow.add(sheetChoice, BorderLayout.CENTER);
        choiceRow.add(deleteButton, BorderLayout.EAST);
        p.add(FormRows.labelled("Sheet", choiceRow));
        p.add(Box.createVerticalStrut(4));

        subtitle.setName("review.subtitle");
        subtitle.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Company · round · date");
        subtitle.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                selectionChanged();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                selectionChanged();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                selectionChanged();
            }
        });
        p.add(FormRows.labelled("Subtitle", subtitle));
        p.add(Box.createVerticalStrut(6));

        p.add(FormRows.row(FormRows.small("Tags (any of)")));
        tagChips.setName("review.tags");
        tagChips.setAlignmentX(LEFT_ALIGNMENT);
        kindChips.setAlignmentX(LEFT_ALIGNMENT);
        p.add(tagChips);
        p.add(FormRows.row(FormRows.small("Kinds")));
        kindChips.setName("review.kinds");
        p.add(kindChips);

        grouping.setName("review.grouping");
        order.setName("review.order");
        grouping.addActionListener(e -> selectionChanged());
        order.addActionListener(e -> selectionChanged());
        JPanel layout = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        layout.setOpaque(false);
        layout.add(grouping);
        layout.add(Box.createHorizontalStrut(6));
        layout.add(order);
        p.add(Box.createVerticalStrut(2));
        p.add(FormRows.row(layout));
        return p;
    }

    private JComponent buttons() {
        JPanel p = new JPanel(new BorderLayout());
        p.setBorder(BorderFactory.createEmptyBorder(6, 8, 8, 8));
        status.setName("review.status");
        status.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        p.add(status, BorderLayout.NORTH);

        JPanel b = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 4));
        exportButton.setName("review.export");
        exportButton.setToolTipText("Export the sheet as HTML, Markdown or PDF");
        JPopupMenu menu = new JPopupMenu();
        for (SheetFormat f : SheetFormat.values()) {
            javax.swing.JMenuItem item = new javax.swing.JMenuItem(f.label() + "…");
            item.setName("review.export." + f.extension());
            item.addActionListener(e -> export(f));
            menu.add(item);
        }
        exportButton.addActionListener(e -> menu.show(exportButton, 0, exportButton.getHeight()));
        printButton.setName("review.print");
        printButton.setToolTipText("Print the sheet (system print dialog)");
        printButton.addActionListener(e -> print());
        saveButton.setName("review.save");
        saveButton.setToolTipText("Save this selection as a named sheet");
        saveButton.addActionListener(e -> askNameAndSave());
        b.add(exportButton);
        b.add(Box.createHorizontalStrut(6));
        b.add(printButton);
        b.add(Box.createHorizontalStrut(6));
        b.add(saveButton);
        p.add(b, BorderLayout.CENTER);
        return p;
    }

    // ------------------------------------------------------------------ behaviour

    private void selectionChanged() {
        if (!updatingControls) {
            scheduleRefresh();
        }
    }

    private void sheetChosen() {
        if (updatingControls) {
            return;
        }
        Object choice = sheetChoice.getSelectedItem();
        showSpec(choice instanceof SheetSpec s ? s : newSpec());
    }

    private void askAndDelete() {
        if (!(sheetChoice.getSelectedItem() instanceof SheetSpec chosen)) {
            return;
        }
        if (JOptionPane.showConfirmDialog(this, "Delete the saved sheet \"" + chosen.name() + "\"? Its notes stay.",
                "Delete review sheet", JOptionPane.OK_CANCEL_OPTION) == JOptionPane.OK_OPTION) {
            deleteSaved(chosen.id());
        }
    }

    /** Deletes a saved sheet on the executor; the selection stays in the controls as a quick pick. */
    public void deleteSaved(String sheetId) {
        executor.submit(() -> store.delete(sheetId)).whenComplete((removed, ex) -> SwingUtilities.invokeLater(() -> {
            if (ex != null) {
                Throwable c = ex.getCause() != null ? ex.getCause() : ex;
                setStatus("Not deleted: " + c.getMessage());
                return;
            }
            if (base.id().equals(sheetId)) {
                SheetSpec s = currentSpec();
                base = newSpec();
                sectionIds = s.sectionIds();
            }
            setStatus("Deleted the saved sheet");
            refreshNow();
        }));
    }

    private void askNameAndSave() {
        String name = (String) JOptionPane.showInputDialog(this, "Save this selection as:", "Save review sheet",
                JOptionPane.PLAIN_MESSAGE, null, null, base.name());
        if (name != null && !name.isBlank()) {
            saveSelectionAs(name);
        }
    }

    /** What one assembly produced on the worker thread. */
    private record Assembled(Sheet sheet, String html, List<String> tags, List<SheetSpec> saved) {
    }

    private void refreshNow() {
        if (disposed) {
            return;
        }
        debounce.stop();
        SheetSpec spec = currentSpec();
        long generation = ++requested;
        executor.submit(() -> {
            Sheet sheet = assembler.assemble(spec, ws);
            String html = sheet.isEmpty() ? null : SheetPreview.render(renderer, sheet);
            return new Assembled(sheet, html, ws.allTags(), store.list());
        }).whenComplete((result, ex) -> SwingUtilities.invokeLater(() -> {
            if (disposed || generation != requested) {
                return;   // a newer request is on its way
            }
            if (ex != null) {
                Throwable c = ex.getCause() != null ? ex.getCause() : ex;
                setStatus("The sheet could not be built: " + c.getMessage());
                return;
            }
            apply(spec, result);
        }));
    }

    private void apply(SheetSpec spec, Assembled result) {
        updateChoices(result.tags(), result.saved());
        if (result.html() == null) {
            shown = null;
            showMessage(spec.selectsNothing()
                    ? "Pick tags or kinds above, or a saved sheet, to build the review sheet."
                    : "No note matches this selection.");
            setStatus(" ");
        } else {
            shown = result.sheet();
            preview.showHtml(result.html());
            int items = shown.itemCount();
            setStatus(items + (items == 1 ? " item" : " items") + " in " + shown.groups().size()
                    + (shown.groups().size() == 1 ? " group" : " groups"));
        }
        boolean any = shown != null;
        exportButton.setEnabled(any);
        printButton.setEnabled(any);
        saveButton.setEnabled(!spec.selectsNothing() && !ws.isReadOnly());
        ws.readOnlyReason().ifPresent(saveButton::setToolTipText);
    }

    private void updateChoices(List<String> tags, List<SheetSpec> saved) {
        updatingControls = true;
        try {
            Map<String, String> tagMap = new LinkedHashMap<>();
            tags.forEach(t -> tagMap.put(t, t));
            tagChips.setValues(tagMap);
            List<Object> items = new ArrayList<>();
            items.add(QUICK_PICK);
            items.addAll(saved);
            DefaultComboBoxModel<Object> model = (DefaultComboBoxModel<Object>) sheetChoice.getModel();
            List<Object> current = new ArrayList<>();
            for (int i = 0; i < model.getSize(); i++) {
                current.add(model.getElementAt(i));
            }
            if (!current.equals(items)) {
                DefaultComboBoxModel<Object> fresh = new DefaultComboBoxModel<>(items.toArray());
                sheetChoice.setModel(fresh);
            }
            Object selected = saved.stream().filter(s -> s.id().equals(base.id())).findFirst().<Object>map(s -> s)
                    .orElse(QUICK_PICK);
            sheetChoice.setSelectedItem(selected);
            deleteButton.setEnabled(selected instanceof SheetSpec && !ws.isReadOnly());
        } finally {
            updatingControls = false;
        }
    }

    private void showMessage(String message) {
        preview.showMessage(message);
    }

    private void setStatus(String text) {
        status.setText(text == null || text.isBlank() ? " " : text);
    }

    private static SheetSpec newSpec() {
        return new SheetSpec("new", "", "", List.of(), List.of(), List.of(), null, null);
    }
}
