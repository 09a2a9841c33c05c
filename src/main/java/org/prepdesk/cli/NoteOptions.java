package org.prepdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Star;
import picocli.CommandLine.Option;

/** The note fields {@code add} and {@code edit} share; for {@code edit} only those given change. */
final class NoteOptions {
    static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    @Option(names = "--section", paramLabel = "PATH",
            description = "Section path, titles joined with \" / \" (\"Deep dive / Inventory\"); created as needed.")
    String section;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "talking-point, story, question, ask, note or competency.")
    Kind kind;

    @Option(names = "--title", paramLabel = "TEXT", description = "The note's title.")
    String title;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag (repeatable). On edit, replaces all tags.")
    List<String> tags;

    @Option(names = "--cue", paramLabel = "WORD", description = "A cue word (repeatable). On edit, replaces all cues.")
    List<String> cues;

    @Option(names = "--situation", paramLabel = "TEXT", description = "STAR: the situation.")
    String situation;

    @Option(names = "--task", paramLabel = "TEXT", description = "STAR: the task.")
    String task;

    @Option(names = "--action", paramLabel = "TEXT", description = "STAR: the action.")
    String action;

    @Option(names = "--result", paramLabel = "TEXT", description = "STAR: the result.")
    String result;

    @Option(names = "--link", paramLabel = "ID",
            description = {"For a question: a note that answers it; for a story, talking point or question:",
                    "a competency it shows (repeatable). On edit, replaces all links."})
    List<String> links;

    @Option(names = "--confidence", paramLabel = "0-5", description = "How well you know it: 1 shaky … 5 solid (0: unset).")
    Integer confidence;

    @Option(names = "--body", paramLabel = "FILE|-", description = "Read the Markdown body from FILE, or - for stdin.")
    String body;

    /** Refuses links to notes that do not exist, so a sheet never prints a dangling answer. */
    void checkLinks(org.prepdesk.store.Workspace ws) {
        if (links != null) {
            for (String id : links) {
                if (ws.note(id).isEmpty()) {
                    throw CliError.usage("--link: no note with id \"" + id + "\"");
                }
            }
        }
    }

    /** The section path split into titles. */
    List<String> sectionTitles() {
        List<String> titles = new ArrayList<>();
        for (String part : section.split("/")) {
            if (!part.isBlank()) {
                titles.add(part.strip());
            }
        }
        if (titles.isEmpty()) {
            throw CliError.usage("--section needs at least one title");
        }
        return titles;
    }

    /** Applies every option given to {@code n}. */
    Note applyTo(Note n, String bodyText) {
        if (kind != null) {
            n = n.withKind(kind);
        }
        if (title != null) {
            n = n.withTitle(title.strip());
        }
        if (tags != null) {
            n = n.withTags(splitCommas(tags));
        }
        if (cues != null) {
            n = n.withCues(cues);
        }
        if (links != null) {
            n = n.withLinks(links);
        }
        Star s = n.star();
        if (situation != null) {
            s = s.withSituation(situation);
        }
        if (task != null) {
            s = s.withTask(task);
        }
        if (action != null) {
            s = s.withAction(action);
        }
        if (result != null) {
            s = s.withResult(result);
        }
        n = n.withStar(s);
        if (confidence != null) {
            if (confidence < 0 || confidence > Note.MAX_CONFIDENCE) {
                throw CliError.usage("--confidence must be between 0 and " + Note.MAX_CONFIDENCE);
            }
            n = n.withConfidence(confidence);
        }
        if (bodyText != null) {
            n = n.withBody(bodyText);
        }
        return n;
    }

    private static List<String> splitCommas(List<String> values) {
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList();
    }

    /** The body named by --body, or stdin when {@code stdinIfPiped} and stdin is not a terminal. */
    String readBody(boolean stdinIfPiped, InputStream stdin) {
        try {
            if (body == null) {
                return stdinIfPiped && !Terminal.stdinIsTerminal() ? readLimited(stdin) : null;
            }
            if (body.equals("-")) {
                return readLimited(stdin);
            }
            Path p = Path.of(body);
            if (!Files.isRegularFile(p)) {
                throw CliError.usage("--body: no such file: " + body);
            }
            if (Files.size(p) > MAX_BODY_BYTES) {
                throw CliError.usage("--body: the file is larger than 16 MB");
            }
            return decode(Files.readAllBytes(p));
        } catch (IOException e) {
            throw CliError.usage("--body: cannot read it: " + e.getMessage());
        }
    }

    private static String readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw CliError.usage("the body on stdin is larger than 16 MB");
        }
        return decode(bytes);
    }

    private static String decode(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return s.replace("\r\n", "\n").stripTrailing();
    }
}
