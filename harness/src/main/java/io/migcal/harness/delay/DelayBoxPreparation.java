package io.migcal.harness.delay;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Checks and prepares the delay box before a run, so a missing netem module fails in the first second,
 * not at the first sample. Turning offloads off makes netem queue MTU-sized packets as a box with real
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

    public void requireNetem() throws IOException, InterruptedException {
        CommandResult result = box.run("modprobe sch_netem", TIMEOUT);
        if (!result.succeeded()) {
            throw new DelayVerificationException("delay box " + box.describe() + " has no netem ("
                    + result.stderr().strip().replace('\n', ' ') + "); install the kernel's extra modules "
                    + "(Debian/Ubuntu: linux-modules-extra-$(uname -r)) or use a kernel with CONFIG_NET_SCH_NETEM");
        }
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
