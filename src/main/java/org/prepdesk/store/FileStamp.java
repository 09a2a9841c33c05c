package org.prepdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Enough of a file's attributes to notice that someone else replaced or changed it. */
record FileStamp(long modifiedNanos, long size, Object fileKey) {
    static FileStamp of(Path f) throws IOException {
        return of(Files.readAttributes(f, BasicFileAttributes.class));
    }

    static FileStamp of(BasicFileAttributes a) {
        return new FileStamp(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.size(), a.fileKey());
    }

    /**
     * The stamp folded into one number (modified time, size, file key), never 0: equal stamps give equal
     * keys, and a rewrite or replacement almost surely gives another.
     */
    long key() {
        long h = mix(modifiedNanos);
        h = mix(h ^ size);
        h = mix(h ^ (fileKey == null ? 0 : fileKey.hashCode()));
        return h == 0 ? 1 : h;
    }

    /** A finaliser from SplitMix64: every input bit reaches every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static FileStamp ofOrNull(Path f) {
        try {
            return of(f);
        } catch (IOException e) {
            return null;
        }
    }
}
