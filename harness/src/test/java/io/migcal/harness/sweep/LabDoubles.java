package io.migcal.harness.sweep;

import io.migcal.harness.config.MigrationConfig;
import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.delay.PingSummary;
import java.util.List;
import java.util.Map;

/** A lab made of doubles: two nodes, a VM starting on node A, sysctl facts read from node A. */
public final class LabDoubles {
    public final FakeClock clock = new FakeClock();
    public final RecordingDelayController delay = new RecordingDelayController();
    public final RecordingGuestLoad guest = new RecordingGuestLoad();
    public final ScriptedHypervisor hypervisor = new ScriptedHypervisor("pve1");
    /** Added to the set RTT by the probe: the path's own round trip. */
    public volatile double pathRttMs = 0.2;
    /** The ping between the nodes: by default the set RTT plus {@link #pathRttMs}; tests may replace it. */
    public volatile NodeRtt ping = (from, to) -> {
        double rtt = delay.currentRttMs() + pathRttMs;
        return new PingSummary(5, 5, 0, rtt, rtt, rtt, 0);
    };
    int contextReads;

    public static final MigrationConfig MIGRATION = new MigrationConfig("100",
            new MigrationConfig.Node("pve1", "pve1", "10.0.0.1"), new MigrationConfig.Node("pve2", "pve2", "10.0.0.2"));

    public static SweepConfig sweep(List<Double> rtts, List<Long> fills, int repetitions) {
        return new SweepConfig(rtts, fills, repetitions, SweepConfig.Order.GRID, 7L, 5.0, 60.0, 1.0, 0.10, 3);
    }

    public LabSession session() {
        ContextSource sysctl = ContextSource.of("node_a", () -> {
            contextReads++;
            return Map.of("node_a_tcp_cc", "cubic");
        });
        NodeRtt probe = (from, to) -> ping.ping(from, to);
        return new LabSession("scripted", hypervisor, hypervisor::cancelRunning, delay, guest, probe, List.of(sysctl),
                () -> Map.of("hypervisor", hypervisor.describe()), clock, 1.0, List.of());
    }

    public boolean restored() {
        return delay.isClear() && delay.clears > 0 && guest.isStopped() && guest.stops > 0 && hypervisor.cancelCalls > 0;
    }
}
