package io.migcal.model.report.run;

import io.migcal.model.report.ReportDocument;
import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PaperReproduction;
import io.migcal.model.sim.run.Summary;
import java.util.List;
import java.util.Locale;

/** Tables 3 and 5 simulated with the run's model, beside the paper's, and how far the model was stretched. */
final class TablesSection {
    private TablesSection() {
    }

    static void write(ReportDocument.Builder doc, SimulatedTables tables) {
        doc.table(List.of("preset", "policy", "processing time (min): paper / ours [95 % CI]",
                "waiting time (min): paper / ours [95 % CI]", "migrations: paper / ours [95 % CI]",
                "time migrating per run (s): ours"),
                tables.results().stream().map(TablesSection::row).toList());
        doc.paragraph(String.format(Locale.ROOT, "Ours: mean of %d runs per row with this run's fitted transfer-time "
                + "model and the presets' documented parameters (docs/simulator.md). The paper's rows are the means of "
                + "5 runs. %s of the simulator's %d transfer-time queries lay outside the model's fitted range (RTT or "
                + "memory): %s", tables.runsPerRow(), Numbers.share(tables.outsideShare()), tables.queries(),
                judgement(tables.outsideShare())));
    }

    private static String judgement(double share) {
        if (share == 0) {
            return "every query was inside it.";
        }
        if (share < 0.5) {
            return "those times are the model's extrapolation.";
        }
        return "most of these numbers rest on the model's extrapolation (the presets' VMs and RTTs lie beyond "
                + "what this run measured), so read them as the model's shape, not as this lab's measurement.";
    }

    private static List<String> row(PaperReproduction.Result r) {
        return List.of(r.paper().preset(), r.paper().policy(),
                cell(r.paper().processingTimeMin(), r.ours().summary(Metric.PROCESSING_TIME_MIN)),
                cell(r.paper().waitingTimeMin(), r.ours().summary(Metric.WAITING_TIME_MIN)),
                cell(r.paper().migrations(), r.ours().summary(Metric.MIGRATIONS)),
                Numbers.num(r.ours().summary(Metric.TRANSFER_TIME_S).mean()));
    }

    private static String cell(double paper, Summary ours) {
        return String.format(Locale.ROOT, "%.1f / %.1f [%.1f, %.1f]", paper, ours.mean(), ours.ci95Low(),
                ours.ci95High());
    }
}
