package org.prepdesk.outline;

/** An outline that cannot be imported, with a one-line message fit to show as it is. */
public final class OutlineException extends RuntimeException {
    public OutlineException(String message) {
        super(message);
    }

    public OutlineException(String message, Throwable cause) {
        super(message, cause);
    }
}
