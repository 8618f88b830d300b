package io.migcal.model.report.run;

import io.migcal.model.fit.CvResult;
import io.migcal.model.fit.FamilyFit;
import io.migcal.model.fit.FitRange;
import io.migcal.model.fit.FitReport;
import io.migcal.model.fit.FittedModel;
import io.migcal.model.fit.ParameterSpec;
import io.migcal.model.fit.TransferModelFile;
import io.migcal.model.report.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fit table: every family side by side, why one was chosen, its parameters and its fitted range. */
final class FitSection {
    /** Sweep columns that record a migration setting per row (as {@code migcal fit} splits them). */
    private static final String SETTING_PREFIX = "setting_";
    private FitSection() {
    }

    static void write(ReportDocument.Builder doc, RunAnalysis run) {
        if (run.fit().isEmpty()) {
            doc.paragraph("No model: " + run.noFitReason() + ". The figures and cells show the measurements alone; "
                    + "Tables 3 and 5 need a model and are left out.");
            return;
        }
        FitReport fit = run.fit().get();
        pooledSettingsWarning(run).ifPresent(doc::paragraph);
        doc.paragraph(String.format(Locale.ROOT, "Fitted on %d ok rows (%d rows skipped as not ok) of %s, as "
                + "migcal fit does. %s", run.data().observations().size(), run.data().skippedRows(), run.label(),
                fit.selectionReason()));
        doc.table(List.of("family", "chosen", "free parameters", "RMSE (s)", "MAPE (%)", "AICc",
                "CV random: MAPE (%)", "CV by RTT level: MAPE (%)"), familyRows(fit));
        FittedModel model = fit.chosen().model();
        doc.table(List.of("parameter", "value", "unit", "95 % CI"), parameterRows(model));
        FitRange range = model.range();
        doc.paragraph(String.format(Locale.ROOT, "Fitted range: RTT %s to %s ms, guest memory %s to %s GiB; "
                + "predictions outside it are extrapolations.", Numbers.num(range.rttMinMs()),
                Numbers.num(range.rttMaxMs()), Numbers.gib(range.guestUsedMinBytes() / RamLevel.GIB),
                Numbers.gib(range.guestUsedMaxBytes() / RamLevel.GIB)));
        run.runs().forEach(r -> r.earlierModel().ifPresent(path -> doc.paragraph("The run directory already held "
                + r.path().relativize(path) + " (" + earlierFamily(path) + "); this report fitted the measurements "
                + "again so that every family is compared, and wrote its model as transfer-model.json next to the "
                + "report.")));
    }

    /**
     * A run with several migration-settings combinations (a bandwidth cap, auto-converge, post-copy) is
     * several curves: one model over all of them mixes them, and the reader has to know where the
     * per-combination fits are.
     */
    private static java.util.Optional<String> pooledSettingsWarning(RunAnalysis run) {
        List<String> columns = run.table().columns().stream().filter(c -> c.startsWith(SETTING_PREFIX)).toList();
        long combinations = run.table().okRows().stream()
                .map(row -> columns.stream().map(c -> String.valueOf(row.get(c))).toList()).distinct().count();
        if (columns.isEmpty() || combinations < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(Locale.ROOT, "These ok rows span %d combinations of migration "
                + "settings (%s). The model below pools them into one curve, so its error mixes their different "
                + "stream rates; migcal fit fits each combination apart (settings/<combination>/ and "
                + "settings-models.csv in its output).", combinations, String.join(", ", columns)));
    }

    private static String earlierFamily(java.nio.file.Path model) {
        try {
            return "family " + TransferModelFile.read(model).family().name();
        } catch (RuntimeException e) {
            return "not readable by this version of migcal";
        }
    }

    private static List<List<String>> familyRows(FitReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (FamilyFit fit : report.families()) {
            String chosen = fit == report.chosen() ? "yes" : "";
            if (!fit.identifiable()) {
                rows.add(List.of(fit.family().name(), chosen, "not identifiable: " + fit.notIdentifiableReason(),
                        "", "", "", "", ""));
                continue;
            }
            rows.add(List.of(fit.family().name(), chosen, String.valueOf(fit.model().parameters().freeCount()),
                    Numbers.num(fit.statistics().rmseS()), Numbers.num(fit.statistics().mapePct()),
                    fit.statistics().aicc() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", fit.statistics().aicc()),
                    cv(fit.randomCv()), cv(fit.groupedCv())));
        }
        return rows;
    }

    private static String cv(CvResult cv) {
        return cv.available() ? Numbers.num(cv.mapePct()) : "n/a";
    }

    static List<List<String>> parameterRows(FittedModel model) {
        List<ParameterSpec> specs = model.family().parameters();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            double value = model.parameters().values()[i];
            String interval = model.parameters().free()[i]
                    ? "[" + Numbers.num(value - model.confidenceHalfWidth(i)) + ", "
                            + Numbers.num(value + model.confidenceHalfWidth(i)) + "]"
                    : "never bound on the data (fixed at infinity)";
            rows.add(List.of(specs.get(i).name(), Numbers.num(value), specs.get(i).unit(), interval));
        }
        return rows;
    }
}
