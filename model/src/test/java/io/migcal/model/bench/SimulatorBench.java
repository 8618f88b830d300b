package io.migcal.model.bench;

import io.migcal.model.sim.BuiltInTransferModel;
import io.migcal.model.sim.engine.Instance;
import io.migcal.model.sim.engine.RunResult;
import io.migcal.model.sim.engine.Simulation;
import io.migcal.model.sim.engine.SimulationObserver;
import io.migcal.model.sim.policy.MigrationPolicy;
import io.migcal.model.sim.policy.Policies;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One simulation of the bench scenario ({@link BenchScenario}: 20 VMs per server) per operation.
 * Baseline: {@link #noMigration}, the engine alone; the ratio of each other score to it is the
 * cost of a policy (the paper's flow under the faithful every-server-at-start trigger asks every
 * server at each start, so it grows with servers x starts; under started-server it does not).
 * {@link #cloudSimPlus} runs the same hosts, VMs, arrivals and work in CloudSim Plus 8.5.5; run it
 * with {@code -p servers=10} (it takes seconds per operation there, minutes at 100 servers).
 * Run: {@code Bench SimulatorBench -p servers=1000 -e cloudSimPlus}, see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SimulatorBench {
    @Param({"1000"})
    public int servers;

    private Instance instance;
    private BenchScenario scenario;
    private final MigrationPolicy none = Policies.byName("none");
    private final MigrationPolicy paperFaithful = Policies.byName("paper-2019");
    private final MigrationPolicy paperStartedServer = Policies.byName("paper-2019:trigger=started-server");
    private final MigrationPolicy leastTransfer = Policies.byName("least-transfer");

    @Setup
    public void setUp() {
        scenario = new BenchScenario(servers);
        instance = scenario.instance(1.0 * CloudSimComparison.GIB);
    }

    private RunResult run(MigrationPolicy policy) {
        return new Simulation(instance, CloudSimComparison.SETTINGS, policy, new BuiltInTransferModel(),
                SimulationObserver.NONE).run();
    }

    @Benchmark
    public RunResult noMigration() {
        return run(none);
    }

    @Benchmark
    public RunResult paper2019EveryServerAtStart() {
        return run(paperFaithful);
    }

    @Benchmark
    public RunResult paper2019StartedServer() {
        return run(paperStartedServer);
    }

    @Benchmark
    public RunResult leastTransfer() {
        return run(leastTransfer);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public int cloudSimPlus() {
        return CloudSimRun.run(scenario, new AtomicReference<>());
    }
}
