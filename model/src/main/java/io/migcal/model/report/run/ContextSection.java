package io.migcal.model.report.run;

import io.migcal.model.report.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The run's context: the manifest's facts, the context columns' values, and every sample that failed. */
final class ContextSection {
    private static final List<String> FAILED_COLUMNS = List.of("sample_id", "rtt_set_ms", "fill_bytes", "status",
            "stage", "error");

    private ContextSection() {
    }

    static void manifest(ReportDocument.Builder doc, RunAnalysis run) {
        for (RunDirectory dir : run.runs()) {
            String prefix = run.runs().size() > 1 ? dir.name() + ": " : "";
            if (dir.manifest().isEmpty()) {
                doc.paragraph(prefix + "no manifest.json in the run directory: the run's settings, versions and "
                        + "seed are unknown; the context below comes from the CSV's columns alone.");
                continue;
            }
            doc.table(List.of(prefix + "manifest setting", "value"), dir.manifest().get().facts().stream()
                    .map(f -> List.of(f.setting(), f.value())).toList());
        }
    }

    static void columns(ReportDocument.Builder doc, RunAnalysis run) {
        ContextSummary summary = ContextSummary.of(run.table());
        if (summary.settings().isEmpty()) {
            doc.paragraph("The CSV has no context columns (queue limit, congestion control, offloads, ...).");
        } else {
            doc.table(List.of("recorded with every sample", "values (rows)"), summary.settings().entrySet().stream()
                    .map(e -> List.of(e.getKey(), e.getValue())).toList());
        }
        if (!summary.perSample().isEmpty()) {
            doc.paragraph("Different in almost every sample (counters; see the CSV): "
                    + String.join(", ", summary.perSample()) + ".");
        }
        if (!summary.freeText().isEmpty()) {
            doc.paragraph("Free-text detail per sample, in the CSV: " + String.join(", ", summary.freeText()) + ".");
        }
    }

    static void failures(ReportDocument.Builder doc, RunAnalysis run) {
        List<Map<String, String>> failed = run.table().failedRows();
        if (failed.isEmpty()) {
            doc.paragraph("Every one of the " + run.table().rows().size() + " rows has status ok.");
            return;
        }
        doc.paragraph(failed.size() + " of " + run.table().rows().size() + " rows did not end ok; they are not in "
                + "the fit, the figures or the cells above:");
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> row : failed) {
            rows.add(FAILED_COLUMNS.stream().map(c -> row.getOrDefault(c, "").replace('\n', ' ')).toList());
        }
        doc.table(FAILED_COLUMNS, rows);
    }
}
