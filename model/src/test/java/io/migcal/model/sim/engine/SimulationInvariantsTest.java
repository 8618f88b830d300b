package io.migcal.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Random small scenarios under every policy and every timeline setting: the invariant observer
 * rebuilds allocations from the events and checks capacity at every instant, one start and one
 * finish per VM, and no negative waiting.
 */
class SimulationInvariantsTest {

    @Property(tries = 150)
    void noServerIsEverOverCapacityAndEveryVmFinishesOnce(
            @ForAll @IntRange(min = 1, max = 5) int sites,
            @ForAll @IntRange(min = 1, max = 3) int serversPerSite,
            @ForAll @IntRange(min = 1, max = 40) int vms,
            @ForAll @DoubleRange(min = 0.05, max = 1.0) double threshold,
            @ForAll @DoubleRange(min = 0.0, max = 40.0) double intervalMin,
            @ForAll @IntRange(min = 0, max = 3) int policyIndex,
            @ForAll boolean freeSourceAtStart,
            @ForAll boolean pausedDuringTransfer,
            @ForAll boolean independentLaunch,
            @ForAll boolean exponentialArrivals,
            @ForAll long seed) {
        String policy = List.of("none", "paper-2018", "paper-2019", "least-transfer").get(policyIndex);
        String sourceFreed = freeSourceAtStart ? "at-start" : "at-end";
        String duringTransfer = pausedDuringTransfer ? "paused" : "works";
        String launch = independentLaunch ? "independent" : "sequential";
        String arrivals = exponentialArrivals ? "exponential" : "constant";
        String servers = ("[" + "4.0, ".repeat(serversPerSite)).replaceAll(", $", "]");
        StringBuilder siteList = new StringBuilder();
        for (int s = 0; s < sites; s++) {
            siteList.append("  - {name: S").append(s).append(", position: ").append(s)
                    .append(", servers-memory-gib: ").append(servers).append("}\n");
        }
        String yaml = """
                name: random
                sites:
                %s
                rtt: {draw: {candidates-ms: [0.5, 6, 10, 20, 30], weights: [1, 1, 1, 1, 1], by: distance}}
                vms: {count: %d, allocated-gib: 2.0, home-site-skew: 0.6}
                workloads:
                  - {name: short, duration-min: 0.5, ram-gib: 1.9, weight: 1}
                  - {name: mid, duration-min: 30, ram-gib: 1.0, weight: 2}
                  - {name: long, duration-min: 200, ram-gib: 0.3, weight: 1}
                arrivals: {kind: %s, interval-min: %s, mean-min: %s}
                launch: %s
                thresholds: {server-memory-fraction: %s, rtt-ms: 20}
                migration: {source-freed: %s, vm-during-transfer: %s}
                """.formatted(siteList.toString().stripTrailing(), vms, arrivals, intervalMin, intervalMin + 0.1,
                launch, threshold, sourceFreed, duringTransfer);

        RunResult result = Scenarios.run(Scenarios.read(yaml), policy, seed);

        assertThat(result.waitingTimeS()).isGreaterThanOrEqualTo(0);
        assertThat(result.meanSlowdown()).isGreaterThanOrEqualTo(1.0 - 1e-12);
        if (policy.equals("none")) {
            assertThat(result.migrations()).isZero();
        }
    }
}
