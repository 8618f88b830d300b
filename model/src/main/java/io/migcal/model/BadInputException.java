package io.migcal.model;

/**
 * Input a user can fix: a file, a column, a value, a setting. The message is one line that says
 * what is wrong and how to fix it; the command line prints it without a stack trace and exits 2.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String oneLineMessage) {
        super(oneLineMessage);
    }

    public BadInputException(String oneLineMessage, Throwable cause) {
        super(oneLineMessage, cause);
    }
}
