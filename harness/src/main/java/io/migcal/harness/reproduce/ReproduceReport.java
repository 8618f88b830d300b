package io.migcal.harness.reproduce;

import io.migcal.model.fit.FittedModel;
import io.migcal.model.fit.FittedParameters;
import io.migcal.model.fit.ParameterSpec;
import io.migcal.model.report.ReportDocument;
import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PaperReproduction;
import io.migcal.model.sim.run.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds {@code report.md} and the HTML page: the figures, the fit, and the tables beside the paper's. */
final class ReproduceReport {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private ReproduceReport() {
    }

    static ReportDocument build(ReproduceSettings settings, SweepSummary sweep, TransferFit.Result fit,
            GroundTruthCheck truth, List<PaperReproduction.Result> tables) {
        ReportDocument.Builder doc = ReportDocument.titled("migcal reproduce: the paper on the virtual lab");
        doc.paragraph(String.format(Locale.ROOT, "Seed %d. Virtual lab time ran %.0fx faster than the wall clock; "
                + "every time below is in lab seconds (the factor is in manifest.json). %s",
                settings.seed(), settings.timeCompression(), sweep.describe()));
        doc.heading("Figs. 2 and 3: preset RTT against transfer time");
        doc.figures(fit.figureFiles(), "Measured transfer time (points, spread over repetitions) and the fitted "
                + fit.model().family().name() + " curve with its 95 % prediction band");
        doc.table(List.of("RAM usage (GiB)", "T at 0 ms (s)", "T at 6 ms (s)", "ratio 6 ms / 0 ms",
                "paper: ratio > 2"), sweep.ratioRows());
        doc.paragraph(sweep.orderingFinding());
        doc.heading("The fitted transfer-time model");
        doc.paragraph(fit.report().selectionReason());
        doc.table(List.of("parameter", "value", "unit", "95 % CI"), parameterRows(fit.model()));
        doc.heading("Does the fit recover the virtual lab's ground truth?");
        doc.paragraph(String.format(Locale.ROOT, "%d of %d points of the noise-free ground truth lie inside the fit's "
                + "95 %% prediction band; the largest relative gap is %.1f %%.", truth.insideBandCount(),
                truth.points().size(), 100 * truth.worstRelativeError()));
        doc.table(List.of("RAM usage (GiB)", "RTT (ms)", "truth (s)", "fitted (s)", "band (s)", "inside"),
                truthRows(truth));
        doc.heading("Tables 3 and 5: placement simulation with the fitted model");
        doc.table(List.of("preset", "policy", "processing time (min): paper / ours [95 % CI]",
                "waiting time (min): paper / ours [95 % CI]", "migrations: paper / ours [95 % CI]"), tableRows(tables));
        doc.paragraph("Ours: mean of " + settings.simulationRuns() + " runs per row with the fitted transfer-time model "
                + "and the presets' documented parameters (see docs/simulator.md). "
                + "The paper's rows are the means of 5 runs.");
        return doc.build();
    }

    private static List<List<String>> parameterRows(FittedModel model) {
        List<ParameterSpec> specs = model.family().parameters();
        FittedParameters fitted = model.parameters();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            double value = fitted.values()[i];
            String interval = fitted.free()[i]
                    ? "[" + num(value - model.confidenceHalfWidth(i)) + ", " + num(value + model.confidenceHalfWidth(i)) + "]"
                    : "never bound on the data (fixed at infinity)";
            rows.add(List.of(specs.get(i).name(), num(value), specs.get(i).unit(), interval));
        }
        return rows;
    }

    private static List<List<String>> truthRows(GroundTruthCheck truth) {
        return truth.points().stream().map(p -> List.of(
                String.format(Locale.ROOT, "%.2f", p.ramUsageBytes() / GIB), num(p.rttMs()), num(p.truthS()),
                num(p.fitted().transferTimeS()), "[" + num(p.fitted().lowerS()) + ", " + num(p.fitted().upperS()) + "]",
                p.insideBand() ? "yes" : "no")).toList();
    }

    private static List<List<String>> tableRows(List<PaperReproduction.Result> tables) {
        return tables.stream().map(r -> List.of(r.paper().preset(), r.paper().policy(),
                cell(r.paper().processingTimeMin(), r.ours().summary(Metric.PROCESSING_TIME_MIN)),
                cell(r.paper().waitingTimeMin(), r.ours().summary(Metric.WAITING_TIME_MIN)),
                cell(r.paper().migrations(), r.ours().summary(Metric.MIGRATIONS)))).toList();
    }

    private static String cell(double paper, Summary ours) {
        return String.format(Locale.ROOT, "%.1f / %.1f [%.1f, %.1f]", paper, ours.mean(), ours.ci95Low(),
                ours.ci95High());
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
