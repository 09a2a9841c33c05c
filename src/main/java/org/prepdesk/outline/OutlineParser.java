package org.prepdesk.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * Text to an {@link OutlinePlan}, as a pipeline of small steps: {@link LineNormalizer} (lines),
 * {@link MarkdownSections} (Markdown headings split the text into explicit sections), {@link BlockTreeBuilder} (indentation
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
        List<Part> parts = MarkdownSections.parts(lines, LineNormalizer.rawLines(source.text()));
        PlanSection root = new PlanSection(rootTitle);
        PlanAssembler.assemble(parts, root, 0, false);
        List<String> warnings = new ArrayList<>(source.warnings());
        String rescued = CoverageGuard.ensureNothingLost(lines, root, source.name());
        if (rescued != null) {
            warnings.add(rescued);
        }
        return new OutlinePlan(source.name(), root, true, warnings);
    }
}
