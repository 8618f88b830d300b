package io.migcal.harness.ssh;

import io.migcal.harness.reconnect.LinkFault;
import java.io.IOException;

/**
 * The SSH connection died under a command; the next command opens a new one. {@code commandStarted}
 * says whether the command may have run (cut off mid-way) or certainly did not (no channel opened),
 * which decides whether it may simply be sent again.
 */
public final class SshConnectionLostException extends IOException implements LinkFault {
    private static final long serialVersionUID = 1L;
    private final boolean commandStarted;

    public SshConnectionLostException(String oneLineMessage, boolean commandStarted) {
        super(oneLineMessage);
        this.commandStarted = commandStarted;
    }

    public SshConnectionLostException(String oneLineMessage, boolean commandStarted, Throwable cause) {
        super(oneLineMessage, cause);
        this.commandStarted = commandStarted;
    }

    public boolean commandStarted() {
        return commandStarted;
    }
}
