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

    static FileStamp ofOrNull(Path f) {
        try {
            return of(f);
        } catch (IOException e) {
            return null;
        }
    }
}
