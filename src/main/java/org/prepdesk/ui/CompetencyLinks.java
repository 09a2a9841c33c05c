package org.prepdesk.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.store.Workspace;

/**
 * The story editor's "Shows" field in terms of links: the competency titles a note's links name,
 * and the links a list of titles gives back. Links to notes that are not competencies (a question's
 * answers) are kept as they are. Reads the workspace's current notes; EDT or any thread.
 */
final class CompetencyLinks {
    private final Workspace ws;

    CompetencyLinks(Workspace ws) {
        this.ws = ws;
    }

    List<Note> competencies() {
        return ws.notes().stream().filter(n -> n.kind() == Kind.COMPETENCY).toList();
    }

    List<String> titles() {
        return competencies().stream().map(Note::title).filter(t -> !t.isBlank()).distinct().toList();
    }

    /** "Communication, Cloud": the competencies the note links to, in link order. */
    String showsText(Note n) {
        List<String> out = new ArrayList<>();
        for (String id : n.links()) {
            ws.note(id).filter(c -> c.kind() == Kind.COMPETENCY).ifPresent(c -> out.add(c.title()));
        }
        return String.join(", ", out);
    }

    /**
     * The links of {@code base} with its competency links replaced by those the titles name
     * (case aside); a title that names no competency links nothing.
     */
    List<String> withShows(Note base, String text) {
        List<Note> all = competencies();
        Set<String> links = new LinkedHashSet<>();
        for (String id : base.links()) {
            if (ws.note(id).map(n -> n.kind() != Kind.COMPETENCY).orElse(true)) {
                links.add(id);
            }
        }
        for (String title : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            all.stream().filter(c -> c.title().strip().toLowerCase(Locale.ROOT).equals(title.toLowerCase(Locale.ROOT)))
                    .findFirst().ifPresent(c -> links.add(c.id()));
        }
        return List.copyOf(links);
    }
}
