package org.prepdesk.cli;

/** Ends a command with a one-line message on stderr and an exit code (DESIGN §6). */
public final class CliError extends RuntimeException {
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private final int exitCode;

    public CliError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CliError usage(String message) {
        return new CliError(USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
