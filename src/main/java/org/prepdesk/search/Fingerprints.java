package org.prepdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.prepdesk.model.Note;
import org.prepdesk.model.Section;
import org.prepdesk.store.Workspace;

/**
 * Compares what an index holds with the workspace, note by note: by the {@code key} doc values (what each
 * note's file was when indexed: cheap, on every open) or by the fingerprints in the {@code stamp} doc values
 * (the note's text: thorough, in the background); which notes are new or changed, and which are gone; and
 * the digest of a whole commit. Stateless; thread-safe.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    record Stale(List<Note> changed, List<String> removed) {
        boolean isEmpty() {
            return changed.isEmpty() && removed.isEmpty();
        }

        int size() {
            return changed.size() + removed.size();
        }
    }

    /** Note id → fingerprint of every live document. */
    static Map<String, Long> indexedStamps(DirectoryReader r) throws IOException {
        return indexedValues(r, NoteField.STAMP);
    }

    /** Note id → key of every live document (what the note's file was when it was indexed). */
    static Map<String, Long> indexedKeys(DirectoryReader r) throws IOException {
        return indexedValues(r, NoteField.KEY);
    }

    private static Map<String, Long> indexedValues(DirectoryReader r, NoteField field) throws IOException {
        Map<String, Long> out = new HashMap<>(r.numDocs() * 2);
        for (LeafReaderContext ctx : r.leaves()) {
            LeafReader leaf = ctx.reader();
            BinaryDocValues ids = leaf.getBinaryDocValues(NoteField.ID.fieldName());
            NumericDocValues values = leaf.getNumericDocValues(field.fieldName());
            if (ids == null || values == null) {
                continue;
            }
            Bits live = leaf.getLiveDocs();
            for (int doc = ids.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                long value = values.advanceExact(doc) ? values.longValue() : 0;
                BytesRef id = ids.binaryValue();
                // never throws, even on damaged bytes (which then match no note and are re-indexed)
                out.put(new String(id.bytes, id.offset, id.length, java.nio.charset.StandardCharsets.UTF_8), value);
            }
        }
        return out;
    }

    /**
     * The notes whose files are not what was indexed (their key differs: a save, an editor, a git pull, a
     * moved section), the new ones and the gone ones. Reads no text: quick enough for every open.
     */
    static Stale staleKeys(Workspace ws, Map<String, Long> indexedKeys) {
        List<Note> notes = ws.notes();
        Map<String, String> paths = sectionPaths(ws);
        long[] keys = new long[notes.size()];
        for (int i = 0; i < keys.length; i++) {
            Note n = notes.get(i);
            keys[i] = NoteDocuments.key(n, paths.getOrDefault(n.sectionId(), ""), ws.noteFileStampKey(n.id()));
        }
        return stale(notes, keys, indexedKeys);
    }

    /** The notes whose indexed fingerprint differs from their text now (hashes every note's text once). */
    static Stale staleNotes(Workspace ws, Map<String, Long> indexed) {
        List<Note> notes = ws.notes();
        Map<String, String> paths = sectionPaths(ws);
        long[] stamps = notes.parallelStream()
                .mapToLong(n -> NoteDocuments.stamp(n, paths.getOrDefault(n.sectionId(), ""))).toArray();
        return stale(notes, stamps, indexed);
    }

    private static Stale stale(List<Note> notes, long[] values, Map<String, Long> indexed) {
        List<Note> changed = new ArrayList<>();
        Set<String> present = new HashSet<>(notes.size() * 2);
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            present.add(n.id());
            Long known = indexed.get(n.id());
            if (known == null || known != values[i]) {
                changed.add(n);
            }
        }
        List<String> removed = new ArrayList<>();
        for (String id : indexed.keySet()) {
            if (!present.contains(id)) {
                removed.add(id);
            }
        }
        return new Stale(changed, removed);
    }


    /**
     * The digest of what a reader holds: the sum of its live notes' {@link NoteField#KEY}s and their
     * number. Order-independent, so it is computed in one pass over doc values.
     */
    static String indexedDigest(org.apache.lucene.index.IndexReader r) throws IOException {
        long sum = 0;
        long count = 0;
        for (LeafReaderContext ctx : r.leaves()) {
            LeafReader leaf = ctx.reader();
            NumericDocValues keys = leaf.getNumericDocValues(NoteField.KEY.fieldName());
            if (keys == null) {
                continue;
            }
            Bits live = leaf.getLiveDocs();
            for (int doc = keys.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = keys.nextDoc()) {
                if (live == null || live.get(doc)) {
                    sum += keys.longValue();
                    count++;
                }
            }
        }
        return digest(sum, count);
    }

    /**
     * The digest the workspace's notes would have if indexed now: one pass over ids, timestamps, section
     * paths and file stamps, no text hashing (milliseconds for 100,000 notes).
     */
    static String workspaceDigest(Workspace ws) {
        Map<String, String> paths = sectionPaths(ws);
        long sum = 0;
        long count = 0;
        for (Note n : ws.notes()) {
            sum += NoteDocuments.key(n, paths.getOrDefault(n.sectionId(), ""), ws.noteFileStampKey(n.id()));
            count++;
        }
        return digest(sum, count);
    }

    private static String digest(long sum, long count) {
        return Long.toHexString(sum) + "/" + count;
    }

    static Map<String, String> sectionPaths(Workspace ws) {
        Map<String, String> out = new HashMap<>();
        for (Section s : ws.sections()) {
            out.put(s.id(), ws.sectionPath(s.id()));
        }
        return out;
    }

}
