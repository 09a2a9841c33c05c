package org.prepdesk.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Turns failures into the one-line messages a person reads (a CLI line, a status bar): no stack trace,
 * no absolute path. Owns every wording of "not found", "cannot save" and "does not parse" in the store.
 *
 * <p>Thread-safe: static functions only.
 */
final class StoreErrors {
    private StoreErrors() {
    }

    /** A one-line reason for an I/O failure (see {@link Workspace#describe}). */
    static String describe(Throwable e) {
        if (e instanceof AtomicFiles.RenamedButNotSyncedException && e.getCause() != null) {
            return describe(e.getCause());
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file or folder does not exist";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("No space left") || m.contains("ENOSPC")) {
            return "no space left on the disk";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return m.lines().findFirst().orElse(m);
    }

    /** Why a file could not be parsed, as a person would put it. */
    static String describeParse(Throwable e) {
        if (e instanceof JsonCodec.InvalidFileException) {
            return e.getMessage();
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return "the file is too deeply nested or holds too long a value";
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
            String m = jpe.getOriginalMessage();
            if (m != null && m.toLowerCase().contains("utf-8")) {
                return "the file is not valid UTF-8";
            }
            if (m != null && m.contains("end-of-input")) {
                return "the file is not valid JSON (it ends too early: truncated?)";
            }
            var loc = jpe.getLocation();
            return "the file is not valid JSON" + (loc == null ? "" : " (line " + loc.getLineNr() + ")");
        }
        if (e instanceof StackOverflowError) {
            return "the file is too deeply nested";
        }
        return describe(e);
    }

    static StoreException notFound(String what, String id) {
        return new StoreException(StoreException.Reason.NOT_FOUND, "no " + what + " with id \"" + shorten(
                String.valueOf(id)) + "\"");
    }

    static StoreException writeFailed(String what, IOException e) {
        return new StoreException(StoreException.Reason.WRITE_FAILED, what + ": " + describe(e), e);
    }

    static StoreException invalidId(String id) {
        return new StoreException(StoreException.Reason.INVALID, "not a valid id: \"" + shorten(String.valueOf(id)) + "\"");
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
