package io.migcal.harness.ssh;

import io.migcal.harness.reconnect.Reconnector;
import java.io.IOException;
import java.time.Duration;

/**
 * A shell that reconnects when its host cannot be reached: a command that never started (no session,
 * no channel) is sent again with the {@link Reconnector}'s backoff. A command cut off mid-way is not:
 * it may have had its effect, so its {@link SshConnectionLostException} goes to the caller.
 */
public final class ReconnectingShell implements RemoteShell {
    private final RemoteShell shell;
    private final Reconnector reconnector;

    public ReconnectingShell(RemoteShell shell, Reconnector reconnector) {
        this.shell = shell;
        this.reconnector = reconnector;
    }

    @Override
    public CommandResult run(String command, Duration timeout) throws IOException, InterruptedException {
        return reconnector.call("ssh " + describe() + " '" + command + "'", () -> shell.run(command, timeout),
                ReconnectingShell::neverStarted);
    }

    /** The faults after which the command certainly did not run on the host. */
    static boolean neverStarted(IOException e) {
        return e instanceof SshUnreachableException
                || e instanceof SshConnectionLostException lost && !lost.commandStarted();
    }

    @Override
    public String describe() {
        return shell.describe();
    }

    @Override
    public void close() {
        shell.close();
    }
}
