package io.migcal.harness.sweep.check;

import io.migcal.harness.config.MigrationConfig;
import io.migcal.harness.delay.DelayState;
import io.migcal.harness.delay.PingSummary;
import io.migcal.harness.sweep.LabSession;
import java.util.List;
import java.util.Locale;

/**
 * The checks every lab gets, whatever drives it, through the session's seams: the hypervisor
 * answers (auth and TLS work), the VM runs on one of the two nodes, the delay element and the
 * guest's memory can be read, and the RTT between the nodes can be measured.
 */
public final class SessionChecks {
    private SessionChecks() {
    }

    public static List<PreflightCheck> of(LabSession lab, MigrationConfig migration) {
        String a = migration.nodeA().name();
        String b = migration.nodeB().name();
        return List.of(
                check("hypervisor answers (connectivity, auth, TLS)",
                        () -> PreflightCheck.CheckResult.pass(lab.hypervisor().describe())),
                check("VM " + migration.vmId() + " runs on " + a + " or " + b, () -> {
                    String node = lab.hypervisor().locate(migration.vmId());
                    return node.equals(a) || node.equals(b) ? PreflightCheck.CheckResult.pass("on " + node)
                            : PreflightCheck.CheckResult.fail("on " + node + "; migrate it to " + a + " first");
                }),
                check("delay element readable", () -> {
                    DelayState state = lab.delay().readBack();
                    return PreflightCheck.CheckResult.pass(String.format(Locale.ROOT,
                            "applied RTT %.3f ms, limit %s, dropped %d", state.appliedRttMs(),
                            state.queueLimitPackets(), state.droppedPackets()));
                }),
                check("guest memory readable", () -> PreflightCheck.CheckResult.pass(
                        "used " + lab.guestLoad().usedBytes() + " bytes")),
                check("RTT " + a + " -> " + b + " measurable", () -> {
                    PingSummary ping = lab.rtt().ping(a, b);
                    return ping.anyReply()
                            ? PreflightCheck.CheckResult.pass(String.format(Locale.ROOT, "%.3f ms", ping.avgMs()))
                            : PreflightCheck.CheckResult.fail("no ping reply from " + a + " to " + b
                                    + "; check migration.node_b.address and the path through the delay box");
                }));
    }

    /** A check from a name and a body. */
    public static PreflightCheck check(String name, Body body) {
        return new PreflightCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public CheckResult run() throws java.io.IOException, InterruptedException {
                return body.run();
            }
        };
    }

    /** The body of a check. */
    @FunctionalInterface
    public interface Body {
        PreflightCheck.CheckResult run() throws java.io.IOException, InterruptedException;
    }
}
