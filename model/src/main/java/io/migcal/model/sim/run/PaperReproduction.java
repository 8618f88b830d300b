package io.migcal.model.sim.run;

import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.sim.policy.Policies;
import io.migcal.model.sim.scenario.Presets;
import java.util.List;

/**
 * Runs the paper's two presets with and without the paper's method, for a report that sets our
 * numbers beside Tables 3 and 5. Called by {@code migcal reproduce} with the fitted predictor.
 */
public final class PaperReproduction {
    /** Our runs of one published row, beside the row itself. */
    public record Result(PaperTables.Row paper, PolicyRuns ours) {
    }

    private PaperReproduction() {
    }

    public static List<Result> run(TransferTimePredictor predictor, int runs, long seed) {
        SimulationRunner runner = new SimulationRunner(predictor);
        return PaperTables.ROWS.stream().map(row -> new Result(row, runner.run(
                Presets.load(row.preset()), Policies.byName(row.policy()), runs, seed))).toList();
    }
}
