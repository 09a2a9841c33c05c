package org.prepdesk.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Star;
import org.prepdesk.store.Workspace;

/** Small workspaces with history for the tests of this package, and ways to look into their repositories. */
final class Workspaces {
    private Workspaces() {
    }

    /** A new workspace with history on, named machine {@code machine}, holding one story. */
    static Workspace withHistory(Path dir, String machine) {
        Workspace ws = Workspace.create(dir, "Prep");
        try (History h = History.enable(ws.root(), null)) {
            h.setMachine(machine);
        }
        return ws;
    }

    static Note story(Workspace ws, String section, String title, String situation) {
        String sectionId = ws.ensureSectionPath(List.of(section)).id();
        return ws.createNote(sectionId, Note.draft(Kind.STORY, title).withStar(new Star(situation, "", "", "")));
    }

    static Note situation(Workspace ws, Note n, String situation) {
        Note current = ws.note(n.id()).orElseThrow();
        return ws.updateNote(current.withStar(new Star(situation, "", "", "")));
    }

    /** Commit messages, newest first. */
    static List<String> messages(Path gitDir) throws IOException, GitAPIException {
        List<String> out = new ArrayList<>();
        try (Git git = Git.open(gitDir.toFile())) {
            for (RevCommit c : git.log().call()) {
                out.add(c.getShortMessage());
            }
        }
        return out;
    }

    static History history(Workspace ws) {
        return History.open(ws.root(), true).orElseThrow();
    }
}
