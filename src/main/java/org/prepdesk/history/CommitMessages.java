package org.prepdesk.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prepdesk.store.WorkspaceLayout;

/**
 * The first line of a commit, naming what changed as a person would ("Edit story: Convincing
 * checkout…", "Import 33 notes from outline.txt"), read from the changed files themselves so that
 * saves, commands and outside edits are described alike. Stateless; thread-safe.
 */
final class CommitMessages {
    private static final int TITLES_LISTED = 3;

    private CommitMessages() {
    }

    /**
     * @param importedFrom the file names an import read, or null when the changes are not an import
     */
    static String describe(List<Change> changes, String importedFrom) {
        Set<String> trashedNow = new HashSet<>();
        Set<String> untrashed = new HashSet<>();
        for (Change c : changes) {
            if (c.folder().equals(WorkspaceLayout.TRASH_NOTES) || c.folder().equals(WorkspaceLayout.TRASH_SECTIONS)) {
                (c.added() ? trashedNow : untrashed).add(c.id());
            }
        }
        // verb → titles, in the order verbs first appear
        Map<String, List<String>> notes = new LinkedHashMap<>();
        Map<String, List<String>> sections = new LinkedHashMap<>();
        Map<String, List<String>> others = new LinkedHashMap<>();
        List<String> kinds = new ArrayList<>();
        for (Change c : changes) {
            String folder = c.folder();
            if (folder.equals(WorkspaceLayout.NOTES)) {
                String verb = c.added() ? (untrashed.contains(c.id()) ? "Restore" : "Add")
                        : c.removed() ? (trashedNow.contains(c.id()) ? "Delete" : "Remove") : "Edit";
                byte[] item = c.after() != null ? c.after() : c.before();
                notes.computeIfAbsent(verb, v -> new ArrayList<>()).add(ItemText.title(item));
                kinds.add(ItemText.kind(item));
            } else if (folder.equals(WorkspaceLayout.SECTIONS)) {
                String verb = c.added() ? (untrashed.contains(c.id()) ? "Restore" : "Add")
                        : c.removed() ? "Delete" : "Edit";
                sections.computeIfAbsent(verb, v -> new ArrayList<>())
                        .add(ItemText.title(c.after() != null ? c.after() : c.before()));
            } else if (folder.equals(WorkspaceLayout.TRASH_NOTES) || folder.equals(WorkspaceLayout.TRASH_SECTIONS)) {
                if (c.removed() && !hasLive(changes, c)) {
                    others.computeIfAbsent("Empty trash", v -> new ArrayList<>()).add(ItemText.title(c.before()));
                }
            } else if (!folder.startsWith("trash")) {
                String what = folder.isEmpty() ? c.path() : folder;
                others.computeIfAbsent("Update " + what, v -> new ArrayList<>()).add(c.id());
            }
        }
        List<String> parts = new ArrayList<>();
        if (importedFrom != null && notes.containsKey("Add")) {
            int n = notes.remove("Add").size();
            sections.remove("Add");
            parts.add("Import " + count(n, "note") + " from " + importedFrom);
        }
        String kind = kinds.size() == 1 ? kinds.get(0) : "note";
        notes.forEach((verb, titles) -> parts.add(phrase(verb, kind, "notes", titles)));
        sections.forEach((verb, titles) -> parts.add(phrase(verb, "section", "sections", titles)));
        others.forEach((what, items) -> parts.add(what.equals("Empty trash") ? "Empty trash ("
                + count(items.size(), "item") + ")" : what));
        if (parts.isEmpty()) {
            return "Update the workspace";
        }
        StringBuilder line = new StringBuilder(parts.get(0));
        for (String p : parts.subList(1, parts.size())) {
            line.append("; ").append(Character.toLowerCase(p.charAt(0))).append(p, 1, p.length());
        }
        return line.toString();
    }

    private static boolean hasLive(List<Change> changes, Change trashed) {
        String live = trashed.folder().equals(WorkspaceLayout.TRASH_NOTES) ? WorkspaceLayout.NOTES : WorkspaceLayout.SECTIONS;
        return changes.stream().anyMatch(c -> c.folder().equals(live) && c.id().equals(trashed.id()));
    }

    private static String phrase(String verb, String one, String many, List<String> titles) {
        if (titles.size() == 1) {
            return verb + " " + one + ": " + ItemText.shorten(titles.get(0));
        }
        // alphabetical, so the line reads the same however the files' ids happen to sort
        List<String> shown = titles.stream().sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(t -> t))
                .limit(TITLES_LISTED).map(ItemText::shorten).toList();
        return verb + " " + titles.size() + " " + many + ": " + String.join(", ", shown)
                + (titles.size() > TITLES_LISTED ? ", …" : "");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
