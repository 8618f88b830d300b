package io.migcal.harness.delay;

import java.io.IOException;

/** The delay element did not take the setting it was given (read back differs, or a command failed). */
public final class DelayVerificationException extends IOException {
    private static final long serialVersionUID = 1L;

    public DelayVerificationException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
