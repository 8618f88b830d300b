package io.migcal.model.bench;

import io.migcal.model.sim.BuiltInTransferModel;
import io.migcal.model.sim.engine.EngineSettings;
import io.migcal.model.sim.engine.RunResult;
import io.migcal.model.sim.engine.Simulation;
import io.migcal.model.sim.engine.SimulationObserver;
import io.migcal.model.sim.policy.MigrationPolicy;
import io.migcal.model.sim.policy.Policies;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.cloudsimplus.core.CloudSimPlus;

/**
 * Times the same scenario in migcal and in CloudSim Plus at 10, 100, 1,000 and 10,000 servers
 * (20 VMs each) and prints the ratio. CloudSim Plus gets a wall-clock cap per scale; once it
 * exceeds it, larger scales are not attempted and the report says so. Also times migcal alone
 * with the paper-2019 policy at the largest scale. A program in test scope (CloudSim Plus is a
 * test-scope dependency, never on migcal's runtime class path); run it, with CloudSim Plus's cap per
 * scale in seconds as the argument (docs/benchmarks.md):
 * {@code mvn -B -q -o -pl model test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.migcal.model.bench.CloudSimComparison -Dexec.args=240}
 */
public final class CloudSimComparison {
    private static final int[] SCALES = {10, 100, 1_000, 10_000};
    static final EngineSettings SETTINGS = new EngineSettings(20, EngineSettings.SourceFreed.AT_END,
            EngineSettings.VmDuringTransfer.WORKS, EngineSettings.Launch.INDEPENDENT,
            EngineSettings.ProcessingEnd.LAST_FINISHED);
    static final double GIB = 1 << 30;

    private CloudSimComparison() {
    }

    public static void main(String[] args) throws Exception {
        long capS = args.length > 0 ? Long.parseLong(args[0]) : 240;
        run(capS, System.out);
    }

    static void run(long capS, java.io.PrintStream out) throws Exception {
        warmUp();
        out.println("servers,vms,migcal_ms,cloudsim_ms,ratio");
        boolean cloudSimCapped = false;
        for (int servers : SCALES) {
            BenchScenario scenario = new BenchScenario(servers);
            double migcalMs = bestOfThree(scenario, Policies.byName("none"));
            String cloudSim = "skipped (an earlier scale exceeded the cap)";
            String ratio = "";
            if (!cloudSimCapped) {
                double cloudSimMs = timeCloudSim(scenario, capS);
                if (cloudSimMs < 0) {
                    cloudSimCapped = true;
                    cloudSim = "> " + capS * 1000 + " (cap)";
                    ratio = String.format(Locale.ROOT, "> %.0f", capS * 1000 / migcalMs);
                } else {
                    cloudSim = String.format(Locale.ROOT, "%.1f", cloudSimMs);
                    ratio = String.format(Locale.ROOT, "%.1f", cloudSimMs / migcalMs);
                }
            }
            out.printf(Locale.ROOT, "%d,%d,%.1f,%s,%s%n", servers, scenario.vms(), migcalMs, cloudSim, ratio);
        }
        BenchScenario largest = new BenchScenario(SCALES[SCALES.length - 1]);
        out.printf(Locale.ROOT, "migcal paper-2019 policy, %d servers x %d VMs: %.1f ms%n",
                largest.servers(), largest.vms(), bestOfThree(largest, Policies.byName("paper-2019")));
    }

    private static void warmUp() {
        for (int i = 0; i < 5; i++) {
            runMigcal(new BenchScenario(1_000), Policies.byName("paper-2019"));
        }
        CloudSimRun.run(new BenchScenario(10), new AtomicReference<>());
    }

    private static double bestOfThree(BenchScenario scenario, MigrationPolicy policy) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            RunResult result = runMigcal(scenario, policy);
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
            if (result.processingTimeS() <= 0) {
                throw new IllegalStateException("empty run");
            }
        }
        return best;
    }

    static RunResult runMigcal(BenchScenario scenario, MigrationPolicy policy) {
        return new Simulation(scenario.instance(1.0 * GIB), SETTINGS, policy, new BuiltInTransferModel(),
                SimulationObserver.NONE).run();
    }

    /** Milliseconds, or -1 when the cap was hit (the run is then aborted). */
    private static double timeCloudSim(BenchScenario scenario, long capS) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cloudsim");
            t.setDaemon(true);
            return t;
        });
        AtomicReference<CloudSimPlus> handle = new AtomicReference<>();
        try {
            long start = System.nanoTime();
            Future<Integer> finished = executor.submit(() -> CloudSimRun.run(scenario, handle));
            int cloudlets = finished.get(capS, TimeUnit.SECONDS);
            double ms = (System.nanoTime() - start) / 1e6;
            if (cloudlets != scenario.vms()) {
                throw new IllegalStateException("CloudSim Plus finished " + cloudlets + " of " + scenario.vms());
            }
            return ms;
        } catch (TimeoutException e) {
            if (handle.get() != null) {
                handle.get().abort();
            }
            return -1;
        } finally {
            executor.shutdownNow();
        }
    }
}
