package io.migcal.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Scenarios small enough to work out on paper. Built-in transfer model at 10 ms: 256 KiB per
 * round trip is 26,214,400 B/s, so 1 GiB takes 2 + 40.96 = 42.96 s and 0.5 GiB 2 + 20.48 = 22.48 s.
 */
class HandCheckedScenariosTest {

    private static final String ONE_SERVER = """
            name: wait
            sites: [{name: A, servers-memory-gib: [2.0]}]
            rtt: {matrix-ms: [[0]]}
            vms: {allocated-gib: 2.0, list: [{kind: long, home-site: A}, {kind: short, home-site: A}]}
            workloads: [{name: long, duration-min: 60, ram-gib: 1.0}, {name: short, duration-min: 30, ram-gib: 0.5}]
            arrivals: {kind: constant, interval-min: 10}
            thresholds: {server-memory-fraction: 1.0, rtt-ms: 20}
            """;

    private static String twoSites(double rttMs, double thresholdFraction, String extra) {
        return """
                name: two-sites
                sites: [{name: A, servers-memory-gib: [4.0]}, {name: B, servers-memory-gib: [4.0]}]
                rtt: {matrix-ms: [[0, %s], [%s, 0]]}
                vms:
                  allocated-gib: 2.0
                  list: [{kind: big, home-site: A}, {kind: small, home-site: A}, {kind: big, home-site: A}]
                workloads: [{name: big, duration-min: 600, ram-gib: 1.0}, {name: small, duration-min: 600, ram-gib: 0.5}]
                arrivals: {kind: constant, interval-min: 10}
                thresholds: {server-memory-fraction: %s, rtt-ms: 20}
                %s
                """.formatted(rttMs, rttMs, thresholdFraction, extra);
    }

    @Test
    void aVmWaitsExactlyUntilAnotherFinishes() {
        RecordingObserver events = new RecordingObserver();
        RunResult result = Scenarios.run(Scenarios.read(ONE_SERVER), "paper-2019", 1, events);

        assertThat(events.lines()).containsSubsequence(
                "600.00 arrived vm1 at s0", "3600.00 finished vm0 on s0", "3600.00 started vm1 on s0",
                "5400.00 finished vm1 on s0");
        assertThat(result.waitingTimeS()).isEqualTo(3000.0);
        assertThat(result.processingTimeS()).isEqualTo(5400.0);
    }

    @Test
    void theRttThresholdRefusesAMigrationTheSameScenarioAllowsAtALowerRtt() {
        RecordingObserver far = new RecordingObserver();
        RecordingObserver near = new RecordingObserver();

        RunResult refused = Scenarios.run(Scenarios.read(twoSites(30, 0.2, "")), "paper-2019", 1, far);
        RunResult allowed = Scenarios.run(Scenarios.read(twoSites(10, 0.2, "")), "paper-2019", 1, near);

        assertThat(refused.migrations()).isZero();
        assertThat(far.lines()).noneMatch(line -> line.contains("migrat"));
        assertThat(allowed.migrations()).isPositive();
        assertThat(near.lines()).containsSubsequence(
                "0.00 started vm0 on s0", "0.00 migrating vm0 s0->s1 for 42.96 s", "42.96 migrated vm0 s0->s1");
    }

    @Test
    void aMigrationFreesRoomForAWaitingVm() {
        RecordingObserver events = new RecordingObserver();

        RunResult result = Scenarios.run(Scenarios.read(twoSites(10, 1.0, "")), "least-transfer", 1, events);

        assertThat(events.lines()).containsSubsequence(
                "1200.00 arrived vm2 at s0", "1200.00 migrating vm1 s0->s1 for 22.48 s",
                "1222.48 migrated vm1 s0->s1", "1222.48 started vm2 on s0");
        assertThat(result.waitingTimeS()).isCloseTo(22.48, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void withoutAMigrationTheSameVmWaitsForAFinish() {
        RunResult result = Scenarios.run(Scenarios.read(twoSites(10, 1.0, "")), "paper-2019", 1);

        assertThat(result.migrations()).isZero();
        assertThat(result.waitingTimeS()).isEqualTo(36000.0 - 1200.0);
    }

    @Test
    void aPausedVmFinishesLaterByItsTransferTime() {
        RecordingObserver events = new RecordingObserver();

        Scenarios.run(Scenarios.read(twoSites(10, 1.0, "migration: {vm-during-transfer: paused}")),
                "least-transfer", 1, events);

        assertThat(events.lines()).contains("36600.00 finished vm1 on s1".replace("36600.00", "36622.48"));
    }
}
