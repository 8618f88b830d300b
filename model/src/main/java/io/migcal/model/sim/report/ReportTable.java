package io.migcal.model.sim.report;

import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PolicyRuns;
import io.migcal.model.sim.run.Summary;
import java.util.List;
import java.util.Locale;

/** The human form: each metric as "mean [95 % CI]", one line per policy or paired difference. */
public final class ReportTable {
    private static final List<Metric> SHOWN = List.of(Metric.PROCESSING_TIME_MIN, Metric.WAITING_TIME_MIN,
            Metric.MIGRATIONS, Metric.TRANSFER_TIME_S, Metric.MEAN_SLOWDOWN);

    private ReportTable() {
    }

    public static String write(SimulationReport report) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "scenario %s, seed %d, %d runs, transfer model %s; mean [95%% CI]%n",
                report.scenario(), report.seed(), report.runs(), report.transferModel()));
        out.append(String.format(Locale.ROOT, "%-28s", "policy"));
        for (Metric metric : SHOWN) {
            out.append(String.format(Locale.ROOT, " %-30s", metric.key()));
        }
        out.append('\n');
        for (PolicyRuns runs : report.policies()) {
            line(out, runs.policy(), metric -> runs.summary(metric));
        }
        if (report.compared()) {
            PolicyRuns baseline = report.policies().get(0);
            for (PolicyRuns runs : report.policies().subList(1, report.policies().size())) {
                line(out, runs.policy() + " - " + baseline.policy(), m -> runs.pairedDifference(baseline, m));
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, java.util.function.Function<Metric, Summary> summary) {
        out.append(String.format(Locale.ROOT, "%-28s", label));
        for (Metric metric : SHOWN) {
            Summary s = summary.apply(metric);
            String cell = Double.isFinite(s.sd())
                    ? String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", s.mean(), s.ci95Low(), s.ci95High())
                    : String.format(Locale.ROOT, "%.2f", s.mean());
            out.append(String.format(Locale.ROOT, " %-30s", cell));
        }
        out.append('\n');
    }
}
