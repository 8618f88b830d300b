package io.migcal.harness.delay;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.time.Duration;

/** Measures the RTT from one node to another's address: {@code ping -c 5 -i 0.2 -q -W 2 IP} on the source. */
public final class RttProbe {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final RemoteShell source;
    private final String targetAddress;

    public RttProbe(RemoteShell source, String targetAddress) {
        if (!targetAddress.matches("[A-Za-z0-9.:-]+")) {
            throw new BadInputException("RTT probe: '" + targetAddress + "' is not a host name or IP address");
        }
        this.source = source;
        this.targetAddress = targetAddress;
    }

    /** Pings and parses; a target that never answers gives a summary with NaN times, not an exception. */
    public PingSummary measure() throws IOException, InterruptedException {
        String command = "ping -c 5 -i 0.2 -q -W 2 " + targetAddress;
        CommandResult result = source.run(command, TIMEOUT);
        try {
            return PingSummary.parse(result.stdout());
        } catch (IllegalArgumentException e) {
            throw new IOException(source.describe() + ": `" + command + "` gave no summary (exit " + result.exitCode()
                    + "): " + (result.stderr() + result.stdout()).strip().replace('\n', ' '), e);
        }
    }
}
