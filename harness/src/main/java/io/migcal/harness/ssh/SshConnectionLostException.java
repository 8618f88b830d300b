package io.migcal.harness.ssh;

import java.io.IOException;

/** The SSH connection died under a command; the next command opens a new one. */
public final class SshConnectionLostException extends IOException {
    private static final long serialVersionUID = 1L;

    public SshConnectionLostException(String oneLineMessage) {
        super(oneLineMessage);
    }

    public SshConnectionLostException(String oneLineMessage, Throwable cause) {
        super(oneLineMessage, cause);
    }
}
