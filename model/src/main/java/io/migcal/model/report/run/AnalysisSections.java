package io.migcal.model.report.run;

import io.migcal.model.report.ReportDocument;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every section about one fitted data set, in reading order. A report of one run (or of pooled runs)
 * puts them at the top level; a side-by-side report nests them under each run's heading.
 */
final class AnalysisSections {
    private AnalysisSections() {
    }

    static void write(ReportDocument.Builder doc, RunAnalysis run, List<String> pngs, List<String> progressPngs,
            Optional<SimulatedTables> tables, RunReport.Extra extra, boolean nested) {
        Consumer<String> heading = nested ? doc::subheading : doc::heading;
        heading.accept("Figs. 2 and 3: preset RTT against transfer time");
        MeasuredSection.figures(doc, run, pngs);
        MeasuredSection.findings(doc, run);
        heading.accept("Measured against the model, per cell");
        MeasuredSection.cells(doc, run);
        heading.accept("The fitted transfer-time model");
        FitSection.write(doc, run);
        if (run.fit().isPresent()) {
            extra.addTo(doc, run, heading);
        }
        heading.accept("Tables 3 and 5: placement simulation with the fitted model");
        if (tables.isPresent()) {
            TablesSection.write(doc, tables.get());
        } else {
            doc.paragraph("Not simulated: there is no fitted model to simulate with (see the fit section).");
        }
        heading.accept("Downtime seen from outside");
        DowntimeSection.write(doc, run);
        heading.accept("Migration progress");
        ProgressSection.write(doc, run, progressPngs);
        heading.accept("The run's context");
        ContextSection.manifest(doc, run);
        ContextSection.columns(doc, run);
        heading.accept("Failed samples");
        ContextSection.failures(doc, run);
    }
}
