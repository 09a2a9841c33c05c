package org.prepdesk.ui.review;

import java.awt.Component;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.prepdesk.review.PdfSheetRenderer;
import org.prepdesk.review.Sheet;
import org.prepdesk.review.SheetFormat;
import org.prepdesk.store.AtomicFiles;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.TaskExecutor;
import org.prepdesk.store.Workspace;

/**
 * Export and print for the review panel. Dialogs run on the EDT; rendering and writing run on the
 * task executor; printing runs on its own short-lived thread so a slow printer never holds up
 * saving notes. Messages go to {@code status} on the EDT.
 */
final class SheetOutput {
    private final Component parent;
    private final TaskExecutor executor;
    private final Consumer<String> status;
    private File lastFolder;   // EDT only

    SheetOutput(Component parent, TaskExecutor executor, Consumer<String> status) {
        this.parent = parent;
        this.executor = executor;
        this.status = status;
    }

    /** Asks where to save, then writes the sheet there. EDT only. */
    void export(Sheet sheet, SheetFormat format) {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setDialogTitle("Export review sheet as " + format.label());
        chooser.setFileFilter(new FileNameExtensionFilter(format.label() + " (*." + format.extension() + ")",
                format.extension()));
        chooser.setSelectedFile(new File(lastFolder, fileName(sheet, format)));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File chosen = chooser.getSelectedFile();
        lastFolder = chosen.getParentFile();
        if (SheetFormat.fromFileName(chosen.getName()).isEmpty()) {
            chosen = new File(chosen.getParentFile(), chosen.getName() + "." + format.extension());
        }
        if (chosen.exists() && JOptionPane.showConfirmDialog(parent, chosen.getName() + " exists. Replace it?",
                "Export", JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return;
        }
        write(sheet, format, chosen.toPath());
    }

    /** Writes the sheet to a file on the executor; reports on the EDT. */
    void write(Sheet sheet, SheetFormat format, Path target) {
        status.accept("Exporting…");
        executor.submit(() -> {
            new AtomicFiles(FileOps.DISK).write(target.toAbsolutePath(), format.render(sheet));
            return format.warning(sheet).map(w -> " (" + w + ")").orElse("");
        }).whenComplete((warning, ex) -> SwingUtilities.invokeLater(() -> {
            if (ex == null) {
                status.accept("Exported to " + target.getFileName() + warning);
            } else {
                fail("The sheet was not exported", ex);
            }
        }));
    }

    /** Lays the sheet out as the PDF, then shows the system print dialog and prints those pages. EDT only. */
    void print(Sheet sheet) {
        status.accept("Preparing to print…");
        executor.submit(() -> new PdfSheetRenderer().render(sheet)).whenComplete((pdf, ex) ->
                SwingUtilities.invokeLater(() -> {
                    if (ex != null) {
                        fail("The sheet cannot be printed", ex);
                        return;
                    }
                    try {
                        PDDocument doc = Loader.loadPDF(pdf);
                        PrinterJob job = PrinterJob.getPrinterJob();
                        job.setJobName(sheet.title());
                        job.setPageable(new PDFPageable(doc));
                        if (!job.printDialog()) {
                            doc.close();
                            status.accept("Printing cancelled");
                            return;
                        }
                        Thread t = new Thread(() -> printAndClose(job, doc), "prepdesk-print");
                        t.setDaemon(true);
                        t.start();
                        status.accept("Sent to the printer");
                    } catch (IOException | RuntimeException e) {
                        fail("The sheet cannot be printed", e);
                    }
                }));
    }

    private void printAndClose(PrinterJob job, PDDocument doc) {
        try (doc) {
            job.print();
        } catch (PrinterException | IOException e) {
            SwingUtilities.invokeLater(() -> fail("Printing failed", e));
        }
    }

    private void fail(String what, Throwable ex) {
        Throwable cause = ex.getCause() != null && ex instanceof java.util.concurrent.CompletionException
                ? ex.getCause() : ex;
        String why = cause instanceof IOException io ? Workspace.describe(io)
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        status.accept(what);
        JOptionPane.showMessageDialog(parent, what + ": " + why, "Review sheet", JOptionPane.WARNING_MESSAGE);
    }

    static String fileName(Sheet sheet, SheetFormat format) {
        String base = (sheet.title() + (sheet.subtitle().isEmpty() ? "" : " " + sheet.subtitle()))
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        return (base.isEmpty() ? "review-sheet" : base) + "." + format.extension();
    }
}
