package org.prepdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.model.Kind;
import org.prepdesk.review.Sheet;
import org.prepdesk.review.SheetFormat;
import org.prepdesk.review.SheetGroup;
import org.prepdesk.review.SheetItem;
import org.prepdesk.store.SameThreadTaskExecutor;

class SheetOutputTest {
    @TempDir
    Path dir;

    private static Sheet sheet(String title, String subtitle) {
        return new Sheet(title, subtitle, List.of(new SheetGroup("Questions to ask", List.of(
                new SheetItem("n1", Kind.ASK, "What does success look like?", List.of(), "", List.of(), List.of(), 0)))));
    }

    @Test
    void suggestsAFileNameFromTitleAndSubtitle() {
        assertThat(SheetOutput.fileName(sheet("Onsite loop", "Lumina · HM round / 12 March"), SheetFormat.PDF))
                .isEqualTo("onsite-loop-lumina-hm-round-12-march.pdf");
        assertThat(SheetOutput.fileName(sheet("../..", ""), SheetFormat.MARKDOWN)).isEqualTo("review-sheet.md");
        assertThat(SheetOutput.fileName(sheet("可扩展性", ""), SheetFormat.HTML)).isEqualTo("可扩展性.html");
    }

    @Test
    @Tag("gui")
    void writesTheChosenFormatAndReportsWhereOnTheEventThread() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        BlockingQueue<String> messages = new ArrayBlockingQueue<>(4);
        SheetOutput output = new SheetOutput(null, new SameThreadTaskExecutor(), messages::add);
        Path target = dir.resolve("sheet.md");

        output.write(sheet("Onsite", ""), SheetFormat.MARKDOWN, target);

        assertThat(messages.poll(5, TimeUnit.SECONDS)).isEqualTo("Exporting…");
        assertThat(messages.poll(5, TimeUnit.SECONDS)).isEqualTo("Exported to sheet.md");
        assertThat(Files.readString(target)).startsWith("# Onsite").contains("What does success look like?");
    }
}
