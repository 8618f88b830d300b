package io.migcal.harness.qemu;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.time.Duration;

/** Applies {@link HostPathSettings} on a host over its shell; a refused setting stops the run before it starts. */
public final class HostPathSetter {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private HostPathSetter() {
    }

    public static void apply(RemoteShell host, HostPathSettings settings) throws IOException, InterruptedException {
        for (String command : settings.commands()) {
            CommandResult result = host.run(command, TIMEOUT);
            if (!result.succeeded()) {
                throw new IOException("'" + command + "' on " + host.describe() + " failed (exit " + result.exitCode()
                        + "): " + result.stderr().strip());
            }
        }
    }
}
