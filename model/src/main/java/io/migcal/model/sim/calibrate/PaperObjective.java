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
 * The calibration objective for one preset: the largest relative error, over the five published
 * numbers of its table (Table 3 for paper-2018, Table 5 for paper-2019: processing and waiting time
 * with and without live migration, migrations with it), of our means over {@code runs} runs. Fixed
 * seed: the objective is a deterministic function.
 */
final class PaperObjective {
    private final String preset;
    private final int runs;
    private final long seed;
    private final SimulationRunner runner = new SimulationRunner(new BuiltInTransferModel());

    private final double[] fixed;

    PaperObjective(String preset, int runs, long seed) {
        this(preset, runs, seed, null);
    }

    /** {@code fixed}: unit-cube coordinates held at the given value (NaN: free), or null. */
    PaperObjective(String preset, int runs, long seed, double[] fixed) {
        this.preset = preset;
        this.runs = runs;
        this.seed = seed;
        this.fixed = fixed;
    }

    /** The published rows this objective compares with: those of its preset. */
    java.util.List<PaperTables.Row> rows() {
        return PaperTables.ROWS.stream().filter(row -> row.preset().equals(preset)).toList();
    }

    /** Which unit-cube coordinates the search may move: those not held fixed. */
    boolean[] free() {
        boolean[] free = new boolean[PaperParameters.DIMENSIONS];
        for (int i = 0; i < free.length; i++) {
            free[i] = fixed == null || Double.isNaN(fixed[i]);
        }
        return free;
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
     * What the search minimises: the mean squared log ratio ln(ours / paper). Log ratios weigh every
     * published number by its relative error and keep a slope when a mean is near zero (no waiting
     * at all). Squared and summed, not the largest: the largest is a ridge wherever two numbers are
     * equally wrong, and Nelder-Mead stalls on such ridges (a search on it stopped with both
     * processing times at +8 %); the preset has more free parameters than its table has numbers, so
     * a point where all of them fit exists and the sum finds it.
     */
    double searchScore(PaperParameters p) {
        double sum = 0;
        double[] logErrors = errors(p, PaperObjective::logRatio).toArray();
        for (double e : logErrors) {
            sum += e * e;
        }
        return sum / logErrors.length;
    }

    private java.util.stream.DoubleStream errors(PaperParameters p, java.util.function.DoubleBinaryOperator error) {
        java.util.stream.DoubleStream.Builder out = java.util.stream.DoubleStream.builder();
        for (PaperTables.Row row : rows()) {
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
        String yaml = PresetTemplate.of(preset, p, "");
        return ScenarioReader.read(yaml, preset);
    }
}
