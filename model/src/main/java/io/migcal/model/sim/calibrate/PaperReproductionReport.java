package io.migcal.model.sim.calibrate;

import io.migcal.model.sim.BuiltInTransferModel;
import io.migcal.model.sim.policy.Policies;
import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PaperReproduction;
import io.migcal.model.sim.run.PaperTables;
import io.migcal.model.sim.run.PolicyRuns;
import io.migcal.model.sim.run.SimulationRunner;
import io.migcal.model.sim.run.Summary;
import io.migcal.model.sim.scenario.Presets;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints the README's tables: the shipped presets against Tables 3 and 5 (mean, 95 % CI, relative
 * error, and the 2.5-97.5 % range of 5-run means, with whether the paper's 5-run mean lies in it),
 * then our policy against paper-2019 as paired differences. Run by {@code migcal calibrate --report}.
 */
public final class PaperReproductionReport {
    private static final List<Metric> METRICS = List.of(Metric.PROCESSING_TIME_MIN, Metric.WAITING_TIME_MIN,
            Metric.MIGRATIONS);

    private PaperReproductionReport() {
    }

    public static void print(PrintWriter out, int runs, long seed) {
        out.printf(Locale.ROOT, "| preset | policy | metric | paper | ours: mean [95%% CI], %d runs | error | 5-run means, 2.5-97.5 %% | paper inside |%n", runs);
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (PaperReproduction.Result result : PaperReproduction.run(new BuiltInTransferModel(), runs, seed)) {
            PaperTables.Row row = result.paper();
            double[] paper = {row.processingTimeMin(), row.waitingTimeMin(), row.migrations()};
            for (int m = 0; m < METRICS.size(); m++) {
                Summary s = result.ours().summary(METRICS.get(m));
                double[] range = fiveRunRange(result.ours().values(METRICS.get(m)));
                out.printf(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f [%.1f, %.1f] | %+.1f %% | %.1f - %.1f | %s |%n",
                        row.preset(), row.policy(), METRICS.get(m).key(), paper[m], s.mean(), s.ci95Low(),
                        s.ci95High(), paper[m] == 0 ? 0 : 100 * (s.mean() - paper[m]) / paper[m],
                        range[0], range[1], paper[m] >= range[0] && paper[m] <= range[1] ? "yes" : "no");
            }
        }
        SimulationRunner runner = new SimulationRunner(new BuiltInTransferModel());
        for (String preset : Presets.NAMES) {
            List<PolicyRuns> compared = runner.compare(Presets.load(preset),
                    List.of(Policies.byName("paper-2019"), Policies.byName("least-transfer")), runs, seed);
            for (Metric metric : List.of(Metric.PROCESSING_TIME_MIN, Metric.WAITING_TIME_MIN, Metric.MIGRATIONS,
                    Metric.TRANSFER_TIME_S, Metric.MEAN_SLOWDOWN)) {
                Summary d = compared.get(1).pairedDifference(compared.get(0), metric);
                out.printf(Locale.ROOT, "%s least-transfer - paper-2019 %s: %.2f [%.2f, %.2f] (paper-2019 mean %.2f)%n",
                        preset, metric.key(), d.mean(), d.ci95Low(), d.ci95High(), compared.get(0).summary(metric).mean());
            }
        }
    }

    /** Consecutive groups of five runs, as the paper averaged: the 2.5 and 97.5 percentiles of their means. */
    private static double[] fiveRunRange(double[] values) {
        int groups = values.length / PaperTables.PAPER_RUNS;
        double[] means = new double[groups];
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < PaperTables.PAPER_RUNS; i++) {
                means[g] += values[g * PaperTables.PAPER_RUNS + i] / PaperTables.PAPER_RUNS;
            }
        }
        Arrays.sort(means);
        return new double[] {means[(int) Math.floor(0.025 * (groups - 1))], means[(int) Math.ceil(0.975 * (groups - 1))]};
    }
}
