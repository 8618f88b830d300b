package io.migcal.model.sim.report;

import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PolicyRuns;
import io.migcal.model.sim.run.Summary;
import java.util.List;
import java.util.Locale;

/** The human form: each metric as "mean [95 % CI]", one line per policy or paired difference. */
public final class ReportTable {
    private static final List<Metric> SHOWN = List.of(Metric.PROCESSING_TIME_MIN, Metric.WAITING_TIME_MIN,
            Metric.MIGRATIONS, Metric.IMMEDIATE_RETURNS, Metric.TRANSFER_TIME_S, Metric.MEAN_SLOWDOWN);

    private ReportTable() {
    }

    public static String write(SimulationReport report) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "scenario %s, seed %d, %d runs, transfer model %s; mean [95%% CI]%n",
                report.scenario(), report.seed(), report.runs(), report.transferModel()));
        int width = labelWidth(report);
        out.append(String.format(Locale.ROOT, "%-" + width + "s", "policy"));
        for (Metric metric : SHOWN) {
            out.append(String.format(Locale.ROOT, " %-30s", metric.key()));
        }
        out.append('\n');
        for (PolicyRuns runs : report.policies()) {
            line(out, width, runs.policy(), metric -> runs.summary(metric));
        }
        if (report.compared()) {
            PolicyRuns baseline = report.policies().get(0);
            for (PolicyRuns runs : report.policies().subList(1, report.policies().size())) {
                line(out, width, runs.policy() + " - " + baseline.policy(), m -> runs.pairedDifference(baseline, m));
            }
        }
        for (PolicyRuns runs : report.policies()) {
            Summary share = runs.summary(Metric.EXTRAPOLATED_QUERY_SHARE);
            if (share.mean() > 0) {
                out.append(String.format(Locale.ROOT,
                        "%s: %.1f %% of transfer-time queries outside the model's fitted range (extrapolated)%n",
                        runs.policy(), 100 * share.mean()));
            }
        }
        return out.toString();
    }

    /** Wide enough for the longest label (a paired difference names two policies or models). */
    private static int labelWidth(SimulationReport report) {
        int width = 28;
        String first = report.policies().get(0).policy();
        for (PolicyRuns runs : report.policies()) {
            width = Math.max(width, runs.policy().length() + (report.compared() ? first.length() + 3 : 0));
        }
        return width;
    }

    private static void line(StringBuilder out, int width, String label,
            java.util.function.Function<Metric, Summary> summary) {
        out.append(String.format(Locale.ROOT, "%-" + width + "s", label));
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
