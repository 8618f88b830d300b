package io.migcal.harness.delay;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Prepares the delay box before a run (whether it has netem at all is a preflight check,
 * {@code migcal check}). Turning offloads off makes netem queue MTU-sized packets as a box with real
 * NICs would; with them on, its queue limit hardly ever binds (docs/local-qemu-lab.md, "The queue limit").
 */
public final class DelayBoxPreparation {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private final RemoteShell box;
    private final List<String> interfaces;

    public DelayBoxPreparation(RemoteShell box, List<String> interfaces) {
        this.box = box;
        this.interfaces = List.copyOf(interfaces);
    }

    public void disableOffloads() throws IOException, InterruptedException {
        for (String iface : interfaces) {
            String command = "ethtool -K " + iface + " tso off gso off gro off";
            CommandResult result = box.run(command, TIMEOUT);
            if (!result.succeeded()) {
                throw new DelayVerificationException("delay box " + box.describe() + ": `" + command + "` failed (exit "
                        + result.exitCode() + "): " + result.stderr().strip().replace('\n', ' '));
            }
        }
    }
}
