package org.prepdesk.store;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.prepdesk.model.Kind;
import org.prepdesk.model.Note;
import org.prepdesk.model.Star;

/**
 * The workspace's notes as last read or written, in one binary file ({@link WorkspaceLayout#NOTE_CACHE}),
 * so that opening a large workspace does not parse every note file again: parsing ten thousand JSON
 * files in a JVM that has just started is most of what opening costs.
 *
 * <p>Derived data, like the index. A note is taken from the cache only when its file's stamp (modified
 * time to the nanosecond, size and file key) is exactly the one recorded with it; every other file is
 * read as before. A missing, torn, damaged or older-format cache is ignored as a whole. Notes whose file
 * holds keys this version does not know are never cached (their file keeps those keys), and neither are
 * files modified in the last seconds before the cache is written: a second edit within the file system's
 * timestamp granularity could leave the same stamp on other content. A note with a broken surrogate pair
 * is not cached either: its file holds "?" there (UTF-8 cannot hold it), and the cache must give exactly
 * what the file gives.
 *
 * <p>Format: magic, version, entry count, entries, then a CRC32 of everything before it. Strings are
 * length-prefixed UTF-8.
 */
final class NoteCache {
    /** Raise when {@link Note} or this layout changes: an older cache is then ignored and written again. */
    static final int VERSION = 1;
    private static final int MAGIC = 0x50444e43; // "PDNC"
    /** Files modified this close to the moment the cache is written are left out (see the class comment). */
    static final long RACY_NANOS = 3_000_000_000L;

    /** A note with the stamp of the file it was read from or written to. */
    record Entry(String fileName, FileStamp stamp, Note note) {
    }

    /** One cached note, with what its file looked like then. */
    record Cached(long modifiedNanos, long size, String fileKey, Note note) {
        boolean matches(FileStamp s) {
            return s.modifiedNanos() == modifiedNanos && s.size() == size
                    && Objects.equals(keyOf(s.fileKey()), fileKey);
        }
    }

    private static final System.Logger LOG = System.getLogger(NoteCache.class.getName());

    private NoteCache() {
    }

    /**
     * The entries as a cache held in memory, by file name: what a rescan trusts of the notes a workspace
     * holds, so that it reads only the files whose stamp moved. The same notes are left out as on disk,
     * but not recent ones: the stamps here were taken when each file was read or written.
     */
    static Map<String, Cached> inMemory(Collection<Entry> entries) {
        Map<String, Cached> out = new HashMap<>(Math.max(16, (int) (entries.size() / 0.75f) + 1));
        for (Entry e : entries) {
            if (storable(e.note())) {
                FileStamp s = e.stamp();
                out.put(e.fileName(), new Cached(s.modifiedNanos(), s.size(), keyOf(s.fileKey()), e.note()));
            }
        }
        return out;
    }

    /** The cached notes by file name; empty when there is no usable cache. Never throws. */
    static Map<String, Cached> read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > Runtime.getRuntime().maxMemory() / 4) {
                LOG.log(System.Logger.Level.DEBUG, "note cache too large for this heap, reading every note file");
                return Map.of();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | OutOfMemoryError e) {
            LOG.log(System.Logger.Level.DEBUG, "note cache not read, reading every note file: " + e);
            return Map.of();
        }
        try {
            return decode(bytes);
        } catch (InvalidCache | RuntimeException e) {
            // a torn or foreign file, or one this version does not read: the note files are the truth
            LOG.log(System.Logger.Level.DEBUG, "note cache ignored (" + e.getMessage() + "), reading every note file");
            return Map.of();
        }
    }

    /**
     * Writes the entries whose file was last modified before {@code now - RACY_NANOS}; returns how many.
     * The file is replaced whole (temp file and rename), so a reader sees the old cache or the new one.
     */
    static int write(Path file, Collection<Entry> entries, long nowNanos) throws IOException {
        List<Entry> kept = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.stamp().modifiedNanos() < nowNanos - RACY_NANOS && storable(e.note())) {
                kept.add(e);
            }
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + AtomicFiles.TEMP_SUFFIX);
        CRC32 crc = new CRC32();
        try (OutputStream raw = Files.newOutputStream(tmp);
             BufferedOutputStream buffered = new BufferedOutputStream(raw, 1 << 16)) {
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(buffered, crc));
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(kept.size());
            for (Entry e : kept) {
                writeEntry(out, e);
            }
            out.flush();
            new DataOutputStream(buffered).writeLong(crc.getValue());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        // no fsync: a cache torn by a power loss fails its checksum and is ignored
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return kept.size();
    }

    /** Whether every text of the note survives UTF-8, so that the cache gives what its file gives. */
    private static boolean storable(Note n) {
        Star s = n.star();
        for (String t : List.of(n.id(), n.kind().id(), n.title(), n.body(), s.situation(), s.task(), s.action(), s.result())) {
            if (!wellFormed(t)) {
                return false;
            }
        }
        return (n.sectionId() == null || wellFormed(n.sectionId())) && n.tags().stream().allMatch(NoteCache::wellFormed)
                && n.cues().stream().allMatch(NoteCache::wellFormed) && n.links().stream().allMatch(NoteCache::wellFormed);
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static void writeEntry(DataOutputStream out, Entry e) throws IOException {
        Note n = e.note();
        string(out, e.fileName());
        out.writeLong(e.stamp().modifiedNanos());
        out.writeLong(e.stamp().size());
        string(out, keyOf(e.stamp().fileKey()));
        string(out, n.id());
        string(out, n.sectionId());
        out.writeLong(n.rank());
        string(out, n.kind().id());
        string(out, n.title());
        string(out, n.body());
        strings(out, n.tags());
        strings(out, n.cues());
        string(out, n.star().situation());
        string(out, n.star().task());
        string(out, n.star().action());
        string(out, n.star().result());
        strings(out, n.links());
        out.writeInt(n.confidence());
        instant(out, n.created());
        instant(out, n.updated());
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static void instant(DataOutputStream out, Instant t) throws IOException {
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    private static String keyOf(Object fileKey) {
        return fileKey == null ? null : fileKey.toString();
    }

    // ------------------------------------------------------------------ reading

    private static final class InvalidCache extends Exception {
        InvalidCache(String why) {
            super(why, null, false, false);
        }
    }

    private static Map<String, Cached> decode(byte[] bytes) throws InvalidCache {
        if (bytes.length < 20) {
            throw new InvalidCache("too short");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getLong(bytes.length - Long.BYTES) != crc.getValue()) {
            throw new InvalidCache("checksum mismatch");
        }
        in.limit(bytes.length - Long.BYTES);
        if (in.getInt() != MAGIC) {
            throw new InvalidCache("not a note cache");
        }
        int version = in.getInt();
        if (version != VERSION) {
            throw new InvalidCache("version " + version + ", this is " + VERSION);
        }
        int count = in.getInt();
        if (count < 0) {
            throw new InvalidCache("negative count");
        }
        Map<String, Cached> out = new HashMap<>(Math.max(16, (int) (Math.min(count, 1 << 24) / 0.75f) + 1));
        for (int i = 0; i < count; i++) {
            String fileName = string(in, bytes);
            long modified = in.getLong();
            long size = in.getLong();
            String key = string(in, bytes);
            String id = string(in, bytes);
            String section = string(in, bytes);
            long rank = in.getLong();
            Kind kind = Kind.fromId(string(in, bytes)).orElseThrow(() -> new InvalidCache("unknown kind"));
            String title = string(in, bytes);
            String body = string(in, bytes);
            List<String> tags = strings(in, bytes);
            List<String> cues = strings(in, bytes);
            Star star = new Star(string(in, bytes), string(in, bytes), string(in, bytes), string(in, bytes));
            List<String> links = strings(in, bytes);
            int confidence = in.getInt();
            Instant created = instant(in);
            Instant updated = instant(in);
            if (fileName == null || id == null) {
                throw new InvalidCache("an entry without a name");
            }
            out.put(fileName, new Cached(modified, size, key, new Note(id, section, rank, kind, title, body, tags, cues,
                    star, links, confidence, created, updated)));
        }
        if (in.hasRemaining()) {
            throw new InvalidCache("bytes after the last entry");
        }
        return out;
    }

    private static String string(ByteBuffer in, byte[] bytes) throws InvalidCache {
        int n = in.getInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.remaining()) {
            throw new InvalidCache("a string runs past the end");
        }
        int at = in.position();
        in.position(at + n);
        return new String(bytes, at, n, StandardCharsets.UTF_8);
    }

    private static List<String> strings(ByteBuffer in, byte[] bytes) throws InvalidCache {
        int n = in.getInt();
        if (n < 0 || n > in.remaining() / Integer.BYTES) {
            throw new InvalidCache("a list runs past the end");
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in, bytes));
        }
        return out;
    }

    private static Instant instant(ByteBuffer in) {
        long seconds = in.getLong();
        int nanos = in.getInt();
        return Instant.ofEpochSecond(seconds, nanos);
    }
}
