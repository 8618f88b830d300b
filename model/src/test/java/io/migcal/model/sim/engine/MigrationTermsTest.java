package io.migcal.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.model.fit.Prediction;
import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.sim.BuiltInTransferModel;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ping-pong guard, the cost a migration puts on its VM, and what the model is asked. */
class MigrationTermsTest {
    private static final double GIB = 1024.0 * 1024 * 1024;

    /** Two sites; vm1 (0.5 GiB) is moved to B at 1200 s so vm2 can start (22.48 s at 10 ms). */
    private static String twoSites(String migration) {
        return """
                name: two-sites
                sites: [{name: A, servers-memory-gib: [4.0]}, {name: B, servers-memory-gib: [4.0]}]
                rtt: {matrix-ms: [[0, 10], [10, 0]]}
                vms:
                  allocated-gib: 2.0
                  list: [{kind: big, home-site: A}, {kind: small, home-site: A}, {kind: big, home-site: A}]
                workloads: [{name: big, duration-min: 600, ram-gib: 1.0}, {name: small, duration-min: 600, ram-gib: 0.5}]
                arrivals: {kind: constant, interval-min: 10}
                thresholds: {server-memory-fraction: 1.0, rtt-ms: 20}
                migration: %s
                """.formatted(migration);
    }

    /**
     * Two sites, both over the threshold once the first VMs start: the nearest-destination flow
     * examined on every event sends VMs back and forth until their work ends.
     */
    private static String pingPong(String migration) {
        return """
                name: ping-pong
                sites: [{name: A, servers-memory-gib: [8.0]}, {name: B, servers-memory-gib: [8.0]}]
                rtt: {matrix-ms: [[0, 10], [10, 0]]}
                vms:
                  allocated-gib: 2.0
                  list: [{kind: big, home-site: A}, {kind: small, home-site: A}, {kind: big, home-site: B}]
                workloads: [{name: big, duration-min: 120, ram-gib: 1.0}, {name: small, duration-min: 120, ram-gib: 0.7}]
                arrivals: {kind: constant, interval-min: 1}
                thresholds: {server-memory-fraction: 0.2, rtt-ms: 20}
                migration: %s
                """.formatted(migration);
    }

    private static final String POLICY = "paper-2018:trigger=every-server-on-event";

    @Test
    void withoutAGuardVmsComeStraightBackAndTheOutputCountsIt() {
        RunResult result = Scenarios.run(Scenarios.read(pingPong("{}")), POLICY, 1);

        assertThat(result.immediateReturns()).isPositive();
        assertThat(result.migrations()).isGreaterThan(10);
    }

    @Test
    void theHoldTimeKeepsAnArrivedVmWhereItIsForThatLong() {
        Map<Integer, Double> arrivedAtS = new HashMap<>();
        double[] shortestStayS = {Double.POSITIVE_INFINITY};
        SimulationObserver stays = new SimulationObserver() {
            @Override
            public void migrationStarted(double atS, int vm, int from, int to, double transferS) {
                if (arrivedAtS.containsKey(vm)) {
                    shortestStayS[0] = Math.min(shortestStayS[0], atS - arrivedAtS.get(vm));
                }
            }

            @Override
            public void migrationEnded(double atS, int vm, int from, int to) {
                arrivedAtS.put(vm, atS);
            }
        };
        RunResult free = Scenarios.run(Scenarios.read(pingPong("{}")), POLICY, 1);
        RunResult guarded = Scenarios.run(Scenarios.read(pingPong("{hold-min: 30}")), POLICY, 1, stays);

        assertThat(shortestStayS[0]).isGreaterThanOrEqualTo(30 * 60.0);
        assertThat(guarded.migrations()).isPositive().isLessThan(free.migrations());
        assertThat(guarded.immediateReturns()).isLessThan(free.immediateReturns());
    }

    @Test
    void aSlowedVmFinishesLaterByTheLostShareOfItsTransferPlusTheDowntime() {
        RecordingObserver events = new RecordingObserver();

        Scenarios.run(Scenarios.read(twoSites("{work-slowdown: 0.5, downtime-s: 2}")), "least-transfer", 1, events);

        // vm1 started at 600 s with 36,000 s of work: 36,600 + 0.5 x 22.48 + 2 = 36,613.24.
        assertThat(events.lines()).contains("36613.24 finished vm1 on s1");
    }

    @Test
    void aVmWhoseWorkEndsWithinTheSlowedTransferAbortsIt() {
        String shortWork = twoSites("{work-slowdown: 0.5}").replace("duration-min: 600, ram-gib: 0.5",
                "duration-min: 10.15, ram-gib: 0.5");
        RecordingObserver events = new RecordingObserver();

        RunResult result = Scenarios.run(Scenarios.read(shortWork), "least-transfer:work-check=off", 1, events);

        // vm1 has 600 + 609 - 1200 = 9 s of work left at 1200 s; at half speed it needs 18 s < 22.48.
        assertThat(result.abortedMigrations()).isEqualTo(1);
        assertThat(events.lines()).contains("1218.00 aborted vm1 s0->s1");
    }

    /** The built-in model, but "fitted" only up to 0.8 GiB and with a wide upper bound. */
    private static final class FittedUpTo08Gib implements TransferTimePredictor {
        private final BuiltInTransferModel builtIn = new BuiltInTransferModel();

        @Override
        public Prediction predict(double guestUsedBytes, double rttMs) {
            double s = builtIn.predict(guestUsedBytes, rttMs).transferTimeS();
            return new Prediction(s, s / 2, s * 1000, guestUsedBytes > 0.8 * GIB);
        }
    }

    @Test
    void queriesOutsideTheFittedRangeAreCounted() {
        RunResult result = Scenarios.run(Scenarios.read(twoSites("{}")), "least-transfer", new FittedUpTo08Gib(), 1);

        // least-transfer weighs vm0 (1.0 GiB, outside) and vm1 (0.5 GiB, inside) whenever vm2 waits.
        assertThat(result.queries().total()).isGreaterThan(result.queries().extrapolated());
        assertThat(result.queries().extrapolated()).isPositive();
        assertThat(result.queries().extrapolatedShare()).isBetween(0.0, 1.0).isPositive();
    }

    @Test
    void planningWithTheUpperBoundRefusesAMoveThePointPredictionAllows() {
        RunResult point = Scenarios.run(Scenarios.read(twoSites("{}")), "least-transfer", new FittedUpTo08Gib(), 1);
        RunResult upper = Scenarios.run(Scenarios.read(twoSites("{plan-with: upper}")), "least-transfer",
                new FittedUpTo08Gib(), 1);

        // Upper bound 22,480 s against 36,000 s of work: still allowed; the transfer takes the point value.
        assertThat(point.migrations()).isEqualTo(1);
        assertThat(upper.migrations()).isEqualTo(1);
        assertThat(upper.transferTimeS()).isEqualTo(point.transferTimeS());
        RunResult tooLong = Scenarios.run(Scenarios.read(twoSites("{plan-with: upper}")
                .replace("duration-min: 600, ram-gib: 0.5", "duration-min: 300, ram-gib: 0.5")),
                "least-transfer", new FittedUpTo08Gib(), 1);
        assertThat(tooLong.migrations()).isZero();
    }

    @Test
    void aVmThatFinishesDuringItsSlowedTransferIsNeverMovedAgainByAPolicyThatLooksAtEveryServer() throws Exception {
        String shortJobs;
        try (var in = getClass().getResourceAsStream("/io/migcal/model/sim/scenario/short-jobs.yaml")) {
            shortJobs = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (long seed = 0; seed < 40; seed++) {
            for (String policy : new String[] {"paper-2019", "paper-2018:trigger=every-server-on-event", "least-transfer"}) {
                RunResult result = Scenarios.run(Scenarios.read(shortJobs), policy, seed);
                assertThat(result.migrations()).isPositive();
            }
        }
    }
}
