package io.migcal.harness.sweep;

import io.migcal.harness.config.MigrationConfig;
import io.migcal.harness.config.SweepConfig;
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
    int contextReads;

    public static final MigrationConfig MIGRATION = new MigrationConfig("100",
            new MigrationConfig.Node("pve1", "pve1", "10.0.0.1"), new MigrationConfig.Node("pve2", "pve2", "10.0.0.2"));

    public static SweepConfig sweep(List<Double> rtts, List<Long> fills, int repetitions) {
        return new SweepConfig(rtts, fills, repetitions, SweepConfig.Order.GRID, 7L, 5.0, 60.0, 1.0, 3);
    }

    public LabSession session() {
        ContextSource sysctl = new ContextSource() {
            @Override
            public String name() {
                return "node_a";
            }

            @Override
            public Map<String, String> read() {
                contextReads++;
                return Map.of("net.ipv4.tcp_congestion_control", "cubic");
            }
        };
        RttProbe probe = (from, to) -> delay.currentRttMs() + pathRttMs;
        return new LabSession("scripted", hypervisor, delay, guest, probe, List.of(sysctl),
                () -> Map.of("hypervisor", hypervisor.describe()), clock, 1.0, List.of());
    }

    public boolean restored() {
        return delay.isClear() && delay.clears > 0 && guest.isStopped() && guest.stops > 0;
    }
}
