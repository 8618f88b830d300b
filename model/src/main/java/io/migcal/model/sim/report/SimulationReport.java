package io.migcal.model.sim.report;

import io.migcal.model.sim.run.PolicyRuns;
import java.util.List;

/**
 * What a {@code migcal simulate} invocation produced: each policy's runs, and whether the first
 * policy is the baseline of paired comparisons ({@code --compare}).
 */
public record SimulationReport(String scenario, long seed, int runs, String transferModel,
        List<PolicyRuns> policies, boolean compared) {
    public SimulationReport {
        policies = List.copyOf(policies);
    }
}
