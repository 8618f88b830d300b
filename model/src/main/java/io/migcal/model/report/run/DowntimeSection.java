package io.migcal.model.report.run;

import io.migcal.model.report.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The guest's downtime seen from outside ({@code downtime_observed_ms}, a prober's longest gap in
 * echo replies) beside the hypervisor's own {@code downtime_ms}, per row: on Proxmox the guest is
 * paused longer than QEMU reports, and the prober's resolution is its interval.
 */
final class DowntimeSection {
    static final String OBSERVED = "downtime_observed_ms";
    private static final String REPORTED = "downtime_ms";

    private DowntimeSection() {
    }

    static void write(ReportDocument.Builder doc, RunAnalysis run) {
        if (!run.table().columns().contains(OBSERVED)) {
            doc.paragraph("This run had no downtime prober (section downtime_probe of the lab config): only the "
                    + "hypervisor's own downtime is known.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (Map<String, String> row : run.table().rows()) {
            String observed = row.getOrDefault(OBSERVED, "");
            String reported = row.getOrDefault(REPORTED, "");
            String ratio = "";
            if (!observed.isBlank() && !reported.isBlank() && Double.parseDouble(reported) > 0) {
                double r = Double.parseDouble(observed) / Double.parseDouble(reported);
                ratios.add(r);
                ratio = String.format(Locale.ROOT, "%.2f", r);
            }
            rows.add(List.of(row.getOrDefault("sample_id", ""), row.getOrDefault("status", ""),
                    reported.isBlank() ? "n/a" : reported, observed.isBlank() ? "n/a" : observed,
                    ratio.isEmpty() ? "n/a" : ratio, row.getOrDefault("downtime_probe_replies", "")));
        }
        ratios.sort(Double::compare);
        doc.paragraph(ratios.isEmpty() ? "No row has both figures." : String.format(Locale.ROOT, "Over %d rows the "
                + "longest gap in the prober's echo replies was %.2f to %.2f times the hypervisor's downtime "
                + "(median %.2f).", ratios.size(), ratios.get(0), ratios.get(ratios.size() - 1),
                ratios.get(ratios.size() / 2)));
        doc.table(List.of("sample", "status", "hypervisor downtime ms", "observed gap ms", "observed / hypervisor",
                "echo replies"), rows);
    }
}
