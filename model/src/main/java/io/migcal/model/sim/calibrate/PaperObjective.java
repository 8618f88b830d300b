package io.migcal.model.sim.calibrate;

import io.migcal.model.sim.BuiltInTransferModel;
import io.migcal.model.sim.policy.Policies;
import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PaperTables;
import io.migcal.model.sim.run.PolicyRuns;
import io.migcal.model.sim.run.SimulationRunner;
import io.migcal.model.sim.scenario.Scenario;
import io.migcal.model.sim.scenario.ScenarioReader;

/**
 * The calibration objective: the largest relative error, over the ten published numbers of
 * Tables 3 and 5 (processing and waiting time with and without live migration, migrations with it),
 * of our means over {@code runs} runs. Fixed seed: the objective is a deterministic function.
 */
final class PaperObjective {
    private final int runs;
    private final long seed;
    private final SimulationRunner runner = new SimulationRunner(new BuiltInTransferModel());

    private final double[] fixed;

    PaperObjective(int runs, long seed) {
        this(runs, seed, null);
    }

    /** {@code fixed}: unit-cube coordinates held at the given value (NaN: free), or null. */
    PaperObjective(int runs, long seed, double[] fixed) {
        this.runs = runs;
        this.seed = seed;
        this.fixed = fixed;
    }

    /** The parameters of a unit-cube point, with the fixed coordinates applied. */
    PaperParameters parameters(double[] unit) {
        if (fixed == null) {
            return PaperParameters.fromUnit(unit);
        }
        double[] x = unit.clone();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(fixed[i])) {
                x[i] = fixed[i];
            }
        }
        return PaperParameters.fromUnit(x);
    }

    double maxRelativeError(PaperParameters p) {
        return errors(p, PaperObjective::relative).max().orElseThrow();
    }

    /**
     * What the search minimises: the largest log ratio |ln(ours / paper)| plus a fifth of the mean
     * one. Unlike the relative error it keeps a slope when a mean is near zero (no waiting at all),
     * and the mean term breaks ties between points with the same worst number.
     */
    double searchScore(PaperParameters p) {
        double[] logErrors = errors(p, PaperObjective::logRatio).toArray();
        double max = 0;
        double sum = 0;
        for (double e : logErrors) {
            max = Math.max(max, e);
            sum += e;
        }
        return max + 0.2 * sum / logErrors.length;
    }

    private java.util.stream.DoubleStream errors(PaperParameters p, java.util.function.DoubleBinaryOperator error) {
        java.util.stream.DoubleStream.Builder out = java.util.stream.DoubleStream.builder();
        for (PaperTables.Row row : PaperTables.ROWS) {
            PolicyRuns ours = runs(p, row);
            out.add(error.applyAsDouble(ours.summary(Metric.PROCESSING_TIME_MIN).mean(), row.processingTimeMin()));
            out.add(error.applyAsDouble(ours.summary(Metric.WAITING_TIME_MIN).mean(), row.waitingTimeMin()));
            if (row.migrations() > 0) {
                out.add(error.applyAsDouble(ours.summary(Metric.MIGRATIONS).mean(), row.migrations()));
            }
        }
        return out.build();
    }

    private static double relative(double ours, double paper) {
        return Math.abs(ours - paper) / paper;
    }

    private static double logRatio(double ours, double paper) {
        return Math.abs(Math.log((ours + 0.05) / paper));
    }

    PolicyRuns runs(PaperParameters p, PaperTables.Row row) {
        return runner.run(scenario(p, row.preset()), Policies.byName(row.policy()), runs, seed);
    }

    static Scenario scenario(PaperParameters p, String preset) {
        String yaml = preset.equals("paper-2018") ? PresetTemplate.paper2018(p, "") : PresetTemplate.paper2019(p, "");
        return ScenarioReader.read(yaml, preset);
    }
}
