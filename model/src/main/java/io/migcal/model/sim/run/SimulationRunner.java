package io.migcal.model.sim.run;

import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.sim.engine.RunResult;
import io.migcal.model.sim.engine.Simulation;
import io.migcal.model.sim.engine.SimulationObserver;
import io.migcal.model.sim.policy.MigrationPolicy;
import io.migcal.model.sim.scenario.InstanceFactory;
import io.migcal.model.sim.scenario.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs a scenario under a policy N times. Run r of every policy sees the same drawn instance
 * (common random numbers); runs execute in parallel threads but land in run order, so the output
 * does not depend on scheduling.
 */
public final class SimulationRunner {
    private final TransferTimePredictor predictor;

    public SimulationRunner(TransferTimePredictor predictor) {
        this.predictor = predictor;
    }

    public PolicyRuns run(Scenario scenario, MigrationPolicy policy, int runs, long seed) {
        RunResult[] results = new RunResult[runs];
        IntStream.range(0, runs).parallel().forEach(r -> results[r] = new Simulation(
                InstanceFactory.create(scenario, seed, r), scenario.engine(), policy, predictor,
                SimulationObserver.NONE).run());
        return new PolicyRuns(policy.name(), Arrays.asList(results));
    }

    public List<PolicyRuns> compare(Scenario scenario, List<MigrationPolicy> policies, int runs, long seed) {
        return policies.stream().map(p -> run(scenario, p, runs, seed)).toList();
    }
}
