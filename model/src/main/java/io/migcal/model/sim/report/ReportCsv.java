package io.migcal.model.sim.report;

import io.migcal.model.measure.CsvCell;
import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PolicyRuns;
import io.migcal.model.sim.run.Summary;

/** The CSV form, one row per (policy or paired difference, metric), numbers in Locale.ROOT. */
public final class ReportCsv {
    private static final String HEADER = "scenario,seed,policy,minus,metric,runs,mean,sd,ci95_low,ci95_high\n";

    private ReportCsv() {
    }

    public static String write(SimulationReport report) {
        StringBuilder out = new StringBuilder(HEADER);
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
        out.append(CsvCell.text(report.scenario())).append(',')
                .append(CsvCell.number(report.seed())).append(',')
                .append(CsvCell.text(runs.policy())).append(',')
                .append(CsvCell.text(minus)).append(',')
                .append(metric.key()).append(',')
                .append(CsvCell.number(runs.runs().size())).append(',')
                .append(CsvCell.number(s.mean())).append(',')
                .append(CsvCell.number(s.sd())).append(',')
                .append(CsvCell.number(s.ci95Low())).append(',')
                .append(CsvCell.number(s.ci95High())).append('\n');
    }
}
