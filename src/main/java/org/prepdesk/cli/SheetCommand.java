package org.prepdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Section;
import org.prepdesk.model.SheetSpec;
import org.prepdesk.review.Sheet;
import org.prepdesk.review.SheetAssembler;
import org.prepdesk.review.SheetFormat;
import org.prepdesk.store.AtomicFiles;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.SheetStore;
import org.prepdesk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sheet", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the night-before review sheet: stories as four STAR lines, talking points as cue "
                + "words and one line, likely questions with the notes that answer them, questions to ask.",
                "Takes notes with any of the --tag values, of any --kind, under any --section (options combine: "
                        + "a note must match each kind of option given), or a saved sheet with --saved.",
                "Only reads the workspace (works while a window has it open), unless --save is given."})
final class SheetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--tag", paramLabel = "TAG", description = "Take notes with this tag (repeatable: any of them).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "Take notes of this kind (repeatable): talking-point, story, question, ask, note.")
    List<Kind> kinds = new ArrayList<>();

    @Option(names = "--section", paramLabel = "PATH",
            description = "Take notes under this section and its subsections (repeatable): a path \"A / B\", a title or an id.")
    List<String> sections = new ArrayList<>();

    @Option(names = "--saved", paramLabel = "NAME", description = "Use a saved sheet (by name or id) instead of "
            + "--tag/--kind/--section.")
    String saved;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "Company, round, date: printed under the title "
            + "and in the page header.")
    String subtitle;

    @Option(names = "--title", paramLabel = "TEXT", description = "The sheet's title (default: the saved sheet's "
            + "name, or \"Review sheet\").")
    String title;

    @Option(names = "--group", paramLabel = "HOW", description = "kind (stories, talking points, likely questions, "
            + "questions to ask, notes) or section.")
    String group;

    @Option(names = "--order", paramLabel = "HOW", description = "tree (as in the tree) or weakest (never rehearsed, then lowest recall, then lowest confidence first; marks items not yet rehearsed).")
    String order;

    @Option(names = "--format", paramLabel = "FORMAT", description = "html, md or pdf (default: from the --out "
            + "extension, else html).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--save", paramLabel = "NAME", description = "Also save this selection as a named sheet "
            + "(replaces a saved sheet of that name; needs the workspace not to be open in a window).")
    String saveAs;

    @Override
    public Integer call() throws IOException {
        SheetFormat fmt = chooseFormat();
        boolean selects = !tags.isEmpty() || !kinds.isEmpty() || !sections.isEmpty();
        if (saved != null && selects) {
            throw CliError.usage("use either --saved or --tag/--kind/--section, not both");
        }
        if (saved == null && !selects) {
            throw CliError.usage("say what goes on the sheet: --tag, --kind, --section or --saved NAME");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw CliError.usage("the folder for --out does not exist: " + (parent == null ? out : parent));
        }
        if (Files.isDirectory(out)) {
            throw CliError.usage("--out is a folder; give a file name: " + out);
        }
        try (Workspace ws = saveAs == null ? workspace.openForReading() : workspace.openForWriting()) {
            SheetSpec sheetSpec = saved != null ? savedSpec(ws) : new SheetSpec("new", saveAs == null ? "" : saveAs, "",
                    tags, kinds, resolveSections(ws), SheetSpec.Grouping.BY_KIND, SheetSpec.Order.TREE);
            sheetSpec = withOverrides(sheetSpec);
            Sheet sheet = new SheetAssembler().assemble(sheetSpec, ws);
            if (sheet.isEmpty()) {
                throw CliError.usage("nothing to print: no note matches " + describe(sheetSpec, ws)
                        + "; " + out + " was not written");
            }
            byte[] bytes = fmt.render(sheet);
            new AtomicFiles(FileOps.DISK).write(out.toAbsolutePath(), bytes);
            PrintWriter pw = spec.commandLine().getOut();
            pw.printf("wrote %s (%s, %s in %s)%n", out, fmt.label(), count(sheet.itemCount(), "item"),
                    count(sheet.groups().size(), "group"));
            fmt.warning(sheet).ifPresent(w -> spec.commandLine().getErr().println("prepdesk sheet: warning: " + w));
            if (saveAs != null) {
                SheetSpec stored = new SheetStore(ws).save(new SheetSpec("new", saveAs, sheetSpec.subtitle(),
                        sheetSpec.tags(), sheetSpec.kinds(), sheetSpec.sectionIds(), sheetSpec.grouping(),
                        sheetSpec.order()));
                pw.printf("saved the selection as \"%s\" (%s)%n", stored.name(), stored.id());
            }
        }
        return 0;
    }

    private SheetFormat chooseFormat() {
        if (format != null) {
            return SheetFormat.fromName(format).orElseThrow(() -> CliError.usage(
                    "unknown --format '" + format + "' (use html, md or pdf)"));
        }
        Path name = out.getFileName();
        return name == null ? SheetFormat.HTML : SheetFormat.fromFileName(name.toString()).orElse(SheetFormat.HTML);
    }

    private SheetSpec savedSpec(Workspace ws) {
        SheetStore store = new SheetStore(ws);
        return store.findByName(saved).orElseThrow(() -> {
            List<String> names = store.list().stream().map(SheetSpec::name).toList();
            return CliError.usage("no saved sheet named \"" + saved + "\""
                    + (names.isEmpty() ? " (there are none)" : " (saved: " + String.join(", ", names) + ")"));
        });
    }

    private SheetSpec withOverrides(SheetSpec s) {
        SheetSpec.Grouping g = s.grouping();
        if (group != null) {
            g = switch (group.strip().toLowerCase(Locale.ROOT)) {
                case "kind", "by-kind" -> SheetSpec.Grouping.BY_KIND;
                case "section", "by-section" -> SheetSpec.Grouping.BY_SECTION;
                default -> throw CliError.usage("unknown --group '" + group + "' (use kind or section)");
            };
        }
        SheetSpec.Order o = s.order();
        if (order != null) {
            o = switch (order.strip().toLowerCase(Locale.ROOT)) {
                case "tree" -> SheetSpec.Order.TREE;
                case "weakest", "weakest-first" -> SheetSpec.Order.WEAKEST_FIRST;
                default -> throw CliError.usage("unknown --order '" + order + "' (use tree or weakest)");
            };
        }
        return new SheetSpec(s.id(), title != null ? title : s.name(), subtitle != null ? subtitle : s.subtitle(),
                s.tags(), s.kinds(), s.sectionIds(), g, o);
    }

    /** Each --section value as a section id: an id, a path "A / B" or a title that names one section. */
    private List<String> resolveSections(Workspace ws) {
        List<String> ids = new ArrayList<>();
        for (String wanted : sections) {
            String norm = normalise(wanted);
            List<Section> all = ws.sectionsInTreeOrder();
            Section hit = all.stream().filter(s -> s.id().equals(wanted.strip())).findFirst()
                    .or(() -> all.stream().filter(s -> normalise(ws.sectionPath(s.id())).equals(norm)).findFirst())
                    .orElse(null);
            if (hit == null) {
                List<Section> byTitle = all.stream().filter(s -> normalise(s.title()).equals(norm)).toList();
                if (byTitle.size() > 1) {
                    throw CliError.usage("several sections are called \"" + wanted.strip()
                            + "\"; give the path, e.g. \"" + ws.sectionPath(byTitle.get(0).id()) + "\"");
                }
                hit = byTitle.isEmpty() ? null : byTitle.get(0);
            }
            if (hit == null) {
                throw CliError.usage("no section \"" + wanted.strip() + "\" (see 'prepdesk list')");
            }
            ids.add(hit.id());
        }
        return ids;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s*/\\s*", " / ").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String describe(SheetSpec s, Workspace ws) {
        List<String> parts = new ArrayList<>();
        if (!s.tags().isEmpty()) {
            parts.add("tag " + String.join(" or ", s.tags()));
        }
        if (!s.kinds().isEmpty()) {
            parts.add("kind " + String.join(" or ", s.kinds().stream().map(Kind::id).toList()));
        }
        if (!s.sectionIds().isEmpty()) {
            parts.add("section " + String.join(" or ", s.sectionIds().stream()
                    .map(id -> "\"" + ws.sectionPath(id) + "\"").toList()));
        }
        return parts.isEmpty() ? "(the sheet selects nothing)" : String.join(" and ", parts);
    }
}
