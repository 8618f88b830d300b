package io.migcal.harness.reproduce;

import io.migcal.model.fit.FittedModel;
import io.migcal.model.report.ReportDocument;
import io.migcal.model.report.run.RunAnalysis;
import io.migcal.model.report.run.RunReport;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The section only a virtual-lab run can have: the fitted curve against the lab's noise-free ground
 * truth at every RTT and RAM usage the run measured. Added to {@code migcal report}'s sections by reproduce.
 */
final class GroundTruthSection implements RunReport.Extra {
    private static final double GIB = 1024.0 * 1024 * 1024;

    @Override
    public void addTo(ReportDocument.Builder doc, RunAnalysis run, Consumer<String> heading) {
        FittedModel model = run.model().orElseThrow();
        GroundTruthCheck truth = GroundTruthCheck.of(model, run.ramUsageBytes(), run.rttLevelsMs(),
                LabSweep.APPLIANCE_QUEUE_LIMIT_PACKETS);
        heading.accept("Does the fit recover the virtual lab's ground truth?");
        doc.paragraph(String.format(Locale.ROOT, "%d of %d points of the noise-free ground truth lie inside the fit's "
                + "95 %% prediction band; the largest relative gap is %.1f %%.", truth.insideBandCount(),
                truth.points().size(), 100 * truth.worstRelativeError()));
        doc.table(List.of("RAM usage (GiB)", "RTT (ms)", "truth (s)", "fitted (s)", "band (s)", "inside"),
                truth.points().stream().map(p -> List.of(String.format(Locale.ROOT, "%.2f", p.ramUsageBytes() / GIB),
                        num(p.rttMs()), num(p.truthS()), num(p.fitted().transferTimeS()),
                        "[" + num(p.fitted().lowerS()) + ", " + num(p.fitted().upperS()) + "]",
                        p.insideBand() ? "yes" : "no")).toList());
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
