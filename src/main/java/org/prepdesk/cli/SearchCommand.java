package org.prepdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.prepdesk.search.IndexProgress;
import org.prepdesk.search.SearchHit;
import org.prepdesk.search.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the notes, as the window's search field does.",
                "Words must all match; \"a phrase\", -exclude, a OR b, and tag: kind: section: title: cue: body:",
                "situation: task: action: result: narrow to a field. The last word also matches as a prefix.",
                "Words after the options are the query, -word included (-- first if a word starts with --).",
                "Works while a window holds the workspace. Exit 0 also when nothing matches."})
final class SearchCommand implements Callable<Integer> {
    static final int MAX_LIMIT = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "An array of {id, title, kind, section, tags, score, snippet, marks}.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "At most N hits (default ${DEFAULT-VALUE}).", defaultValue = "20")
    int limit;

    // Declared so that picocli accepts the words and shows them in --help; the query itself is read
    // in order from the command line by queryWords, as dash words arrive apart from these.
    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query; several words are joined with spaces.")
    List<String> words;

    /**
     * The query language excludes with {@code -word}, so {@code -kind:question} or {@code -word}
     * must reach the query rather than be refused as unknown options (or, for {@code -word}, be read
     * as {@code -w ord}). picocli hands such words over as unmatched; {@link #queryWords} puts them
     * back in their place among the other words.
     */
    static void takeDashWordsAsQuery(CommandLine search) {
        search.setPosixClusteredShortOptionsAllowed(false);
        search.setUnmatchedArgumentsAllowed(true);
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw CliError.usage("--limit must be between 1 and " + MAX_LIMIT);
        }
        String query = String.join(" ", queryWords(spec, spec.commandLine().getParseResult().originalArgs()));
        if (query.isBlank()) {
            throw CliError.usage("the query is empty");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (IndexAccess access = IndexAccess.open(workspace.path(), IndexProgress.NONE)) {
            SearchResult r = access.index.search(query, limit);
            if (json) {
                if (r.hits().isEmpty()) {
                    out.println("[]");
                } else {
                    ArrayNode a = Json.array();
                    r.hits().forEach(h -> a.add(toJson(h)));
                    Json.print(out, a);
                }
                if (r.correctedQuery() != null) {
                    spec.commandLine().getErr().println("prepdesk search: no match; showing results for: " + r.correctedQuery().strip());
                }
            } else {
                printText(out, r);
            }
        }
        return 0;
    }

    /**
     * The words of the command line that are neither an option of search nor an option's value, in
     * their order (the last word is also matched as a prefix, so order matters); everything after
     * {@code --} is a word. A {@code --name} that is no option is refused: a mistyped option must
     * not silently become a search.
     */
    static List<String> queryWords(CommandSpec search, List<String> args) {
        List<String> words = new ArrayList<>();
        int i = args.indexOf(search.name()) + 1;
        for (; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                words.addAll(args.subList(i + 1, args.size()));
                break;
            }
            String name = arg.split("=", 2)[0];
            // findOption also matches a name without its dashes: only the exact spelling is the option
            OptionSpec option = arg.startsWith("-") ? search.findOption(name) : null;
            if (option != null && Arrays.asList(option.names()).contains(name)) {
                if (!arg.contains("=") && option.arity().max() > 0) {
                    i++;
                }
            } else if (arg.startsWith("--")) {
                throw CliError.usage("unknown option '" + arg + "' (put -- before query words that start with --)");
            } else {
                words.add(arg);
            }
        }
        return words;
    }

    static ObjectNode toJson(SearchHit h) {
        ObjectNode o = Json.object();
        o.put("id", h.id());
        o.put("title", h.title());
        o.put("kind", h.kind().id());
        o.put("section", h.section());
        Json.strings(o.putArray("tags"), h.tags());
        o.put("score", Math.round(h.score() * 1000) / 1000.0);
        o.put("snippet", h.snippet());
        ArrayNode marks = o.putArray("marks");
        h.snippetMarks().forEach(m -> marks.addArray().add(m.start()).add(m.end()));
        return o;
    }

    private static void printText(PrintWriter out, SearchResult r) {
        if (r.correctedQuery() != null) {
            out.println("No match for \"" + r.query().strip() + "\"; showing results for \"" + r.correctedQuery().strip() + "\"");
        }
        if (r.hits().isEmpty()) {
            out.println("No notes match \"" + r.query().strip() + "\".");
            return;
        }
        int i = 1;
        for (SearchHit h : r.hits()) {
            String tags = h.tags().isEmpty() ? "" : "  #" + String.join(" #", h.tags());
            out.printf("%2d. %s  [%s]  %s%s  (%s)%n", i++, h.title(), h.kind().id(), h.section(), tags, h.id());
            if (!h.snippet().isEmpty()) {
                out.println("    " + marked(h));
            }
        }
        out.printf("%d of %s%d matching notes%n", r.hits().size(), r.totalIsExact() ? "" : "at least ", r.totalHits());
    }

    /** The snippet with its matches in [brackets], as a terminal has no highlight. */
    private static String marked(SearchHit h) {
        StringBuilder sb = new StringBuilder(h.snippet());
        List<SearchHit.Span> marks = h.snippetMarks();
        for (int i = marks.size() - 1; i >= 0; i--) {
            SearchHit.Span m = marks.get(i);
            sb.insert(m.end(), ']').insert(m.start(), '[');
        }
        return sb.toString();
    }
}
