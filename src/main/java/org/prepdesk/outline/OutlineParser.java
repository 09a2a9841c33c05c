package org.prepdesk.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.prepdesk.outline.Part.Heading;

/**
 * Text to an {@link OutlinePlan}, as a pipeline of small steps: {@link LineNormalizer} (lines),
 * Markdown headings split the text into explicit sections, {@link BlockTreeBuilder} (indentation
 * tree), {@link ItemSplitter} (paragraph items), {@link Classifier} (what each item is),
 * {@link FlatHeadingNester} (headings without indentation), {@link PlanAssembler} (the tree),
 * {@link CoverageGuard} (nothing lost). A PrepDesk export is read by {@link ExportedMarkdownReader}
 * instead. Deterministic: the same text gives the same plan. Stateless.
 */
final class OutlineParser {
    private OutlineParser() {
    }

    static OutlinePlan parse(DecodedText source, String rootTitle) {
        if (MarkdownFormat.isExport(source.text()) || MarkdownFormat.looksExported(source.text())) {
            return ExportedMarkdownReader.read(source, rootTitle);
        }
        List<Line> lines = LineNormalizer.lines(source.text());
        List<Part> parts = explicitSections(lines);
        PlanSection root = new PlanSection(rootTitle);
        PlanAssembler.assemble(parts, root, 0, false);
        List<String> warnings = new ArrayList<>(source.warnings());
        String rescued = CoverageGuard.ensureNothingLost(lines, root, source.name());
        if (rescued != null) {
            warnings.add(rescued);
        }
        return new OutlinePlan(source.name(), root, true, warnings);
    }

    /** Markdown headings as explicit sections, each holding the parts of the lines under it. */
    private static List<Part> explicitSections(List<Line> lines) {
        List<Part> top = new ArrayList<>();
        Deque<Heading> open = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && (end == i || !lines.get(end).isHeading())) {
                end++;
            }
            Line first = lines.get(i);
            if (first.isHeading()) {
                Heading h = new Heading(first.text(), 0, false, true, false, null);
                h.content.addAll(Classifier.classify(BlockTreeBuilder.build(lines.subList(i + 1, end))));
                while (!levels.isEmpty() && levels.peek() >= first.level()) {
                    levels.pop();
                    open.pop();
                }
                (open.isEmpty() ? top : open.peek().content).add(h);
                open.push(h);
                levels.push(first.level());
            } else {
                top.addAll(Classifier.classify(BlockTreeBuilder.build(lines.subList(i, end))));
            }
            i = end;
        }
        return top;
    }
}
