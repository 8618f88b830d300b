package io.migcal.harness.qemu;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/** Runs the lab's start command (for example {@code migcal-lab-guest incoming}) on the target over SSH. */
public record ShellIncomingLauncher(RemoteShell shell, String command, Duration timeout) implements IncomingLauncher {

    public ShellIncomingLauncher {
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public void startIncoming() throws IOException, InterruptedException {
        CommandResult result = shell.run(command, timeout);
        if (!result.succeeded()) {
            throw new IOException("starting the incoming QEMU on " + shell.describe() + " failed (exit "
                    + result.exitCode() + "): " + result.stderr().strip());
        }
    }
}
