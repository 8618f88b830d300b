package io.migcal.harness.ssh;

import java.io.IOException;

/** A remote command ran past its timeout; its channel was closed (the session stays usable). */
public final class SshCommandTimeoutException extends IOException {
    private static final long serialVersionUID = 1L;

    public SshCommandTimeoutException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
