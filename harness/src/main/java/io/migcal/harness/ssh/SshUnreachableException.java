package io.migcal.harness.ssh;

import java.io.IOException;

/** No SSH session could be opened (refused, reset, timed out): nothing ran, so the call may be retried. */
public final class SshUnreachableException extends IOException {
    private static final long serialVersionUID = 1L;

    public SshUnreachableException(String oneLineMessage, Throwable cause) {
        super(oneLineMessage, cause);
    }
}
