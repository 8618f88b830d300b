package io.migcal.model.sim.report;

import io.migcal.model.csv.CsvNumbers;
import io.migcal.model.csv.CsvOutput;
import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PolicyRuns;
import io.migcal.model.sim.run.Summary;
import java.util.List;

/** The CSV form, one row per (policy or paired difference, metric), numbers in Locale.ROOT. */
public final class ReportCsv {
    private static final List<String> HEADER = List.of(
            "scenario", "seed", "policy", "minus", "metric", "runs", "mean", "sd", "ci95_low", "ci95_high");

    private ReportCsv() {
    }

    public static String write(SimulationReport report) {
        StringBuilder out = new StringBuilder();
        CsvOutput.append(out, HEADER);
        PolicyRuns baseline = report.policies().get(0);
        for (PolicyRuns runs : report.policies()) {
            for (Metric metric : Metric.values()) {
                row(out, report, runs, "", metric, runs.summary(metric));
            }
        }
        if (report.compared()) {
            for (PolicyRuns runs : report.policies().subList(1, report.policies().size())) {
                for (Metric metric : Metric.values()) {
                    row(out, report, runs, baseline.policy(), metric, runs.pairedDifference(baseline, metric));
                }
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, SimulationReport report, PolicyRuns runs, String minus,
            Metric metric, Summary s) {
        CsvOutput.append(out, List.of(report.scenario(), CsvNumbers.format(report.seed()), runs.policy(), minus,
                metric.key(), CsvNumbers.format(runs.runs().size()), CsvNumbers.format(s.mean()),
                CsvNumbers.format(s.sd()), CsvNumbers.format(s.ci95Low()), CsvNumbers.format(s.ci95High())));
    }
}
