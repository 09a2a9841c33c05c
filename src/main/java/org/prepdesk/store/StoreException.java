package org.prepdesk.store;

/** A problem the user can act on, with a one-line message fit to show as it is. */
public class StoreException extends RuntimeException {
    public enum Reason { NOT_A_WORKSPACE, LOCKED, READ_ONLY, NOT_FOUND, INVALID, CONFLICT, WRITE_FAILED }

    private final Reason reason;

    public StoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
