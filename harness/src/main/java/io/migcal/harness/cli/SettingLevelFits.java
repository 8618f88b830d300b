package io.migcal.harness.cli;

import io.migcal.model.BadInputException;
import io.migcal.model.MigcalVersion;
import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvNumbers;
import io.migcal.model.csv.CsvOutput;
import io.migcal.model.fit.FamilyFit;
import io.migcal.model.fit.FitReport;
import io.migcal.model.fit.ModelComparison;
import io.migcal.model.fit.TransferModelFile;
import io.migcal.model.measure.MeasurementCsvReader;
import io.migcal.model.measure.SettingLevelSplit;
import io.migcal.model.plot.FitFigures;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code migcal fit} on data with migration-settings axes: besides the fit of all rows, one model per
 * combination of setting levels (a bandwidth cap or post-copy changes the whole curve, so the levels are
 * fitted apart, not pooled with the setting as one more input): {@code settings/<combination>/} holds
 * that combination's rows, {@code transfer-model.json} and figures (and {@code precopy-convergence.json}
 * where the rows have a dirty-rate axis: the rate pre-copy keeps up with is the combination's own, so
 * it is only judged within one), and {@code settings-models.csv} lists them. A combination that cannot be fitted (one RTT level, too few rows) says why and the others
 * are still fitted.
 */
final class SettingLevelFits {
    static final String FOLDER = "settings";
    static final String INDEX = "settings-models.csv";
    /** Setting columns that, when on, make pre-copy converge past the stream's rate, and their names (in order). */
    private static final java.util.Map<String, String> FORCING = new java.util.TreeMap<>(java.util.Map.of(
            SettingLevelSplit.PREFIX + "auto_converge", "auto-converge", SettingLevelSplit.PREFIX + "postcopy", "post-copy"));

    private SettingLevelFits() {
    }

    /** Fits each combination {@link SettingLevelSplit#split} wrote (none: nothing to do). */
    static void write(List<SettingLevelSplit.Level> levels, CsvDelimiter delimiter, String family, Path out,
            PrintWriter print) throws IOException {
        if (levels.isEmpty()) {
            return;
        }
        print.println("per migration-settings combination (one model each, in " + FOLDER + "/<combination>/):");
        List<String> header = new ArrayList<>(levels.get(0).levels().keySet());
        header.addAll(List.of("rows", "family", "n_fitted", "mape_pct", "cv_by_rtt_mape_pct", "model", "not_fitted"));
        StringBuilder index = new StringBuilder(CsvOutput.record(header));
        for (SettingLevelSplit.Level level : levels) {
            List<Object> cells = new ArrayList<>(level.levels().values());
            cells.add(level.rows());
            try {
                FitReport report = ModelComparison.compare(MeasurementCsvReader.read(level.file(), delimiter), family);
                Path dir = Files.createDirectories(out.resolve(FOLDER).resolve(level.label()));
                TransferModelFile.write(dir.resolve(TransferModelFile.FILE_NAME), report, MigcalVersion.current());
                FitFigures.write(dir, report);
                FamilyFit chosen = report.chosen();
                Double cv = chosen.groupedCv() != null && chosen.groupedCv().available() ? chosen.groupedCv().mapePct()
                        : null;
                cells.addAll(List.of(chosen.family().name(), chosen.statistics().n(),
                        CsvNumbers.format(round(chosen.statistics().mapePct())), CsvNumbers.format(round(cv)),
                        FOLDER + "/" + level.label() + "/" + TransferModelFile.FILE_NAME, ""));
                print.println(String.format(Locale.ROOT, "  %-60s n %3d  %-18s MAPE %6.2f %%  CV by RTT %s",
                        level.label(), chosen.statistics().n(), chosen.family().name(), chosen.statistics().mapePct(),
                        cv == null ? "n/a" : String.format(Locale.ROOT, "%.2f %%", cv)));
                ConvergenceOutput.write(report, level.file(), delimiter, dir, forcingSetting(level))
                        .ifPresent(c -> print.print(c.render().indent(4)));
            } catch (BadInputException | io.migcal.model.fit.NotIdentifiableException | IllegalArgumentException
                    | IllegalStateException e) {
                String why = String.valueOf(e.getMessage()).replace(level.file().toString(), FOLDER + "/"
                        + level.file().getFileName());
                cells.addAll(List.of("", "", "", "", "", why));
                print.println(String.format(Locale.ROOT, "  %-60s not fitted: %s", level.label(), why));
            }
            CsvOutput.append(index, cells);
        }
        Files.writeString(out.resolve(INDEX), index, StandardCharsets.UTF_8);
        print.println("wrote " + out.resolve(INDEX));
    }

    /** The settings of a combination that make QEMU converge whatever the dirty rate, or null. */
    static String forcingSetting(SettingLevelSplit.Level level) {
        List<String> on = new ArrayList<>();
        FORCING.forEach((column, name) -> {
            String value = level.levels().getOrDefault(column, "").trim().toLowerCase(Locale.ROOT);
            if (List.of("on", "true", "1", "yes").contains(value)) {
                on.add(name);
            }
        });
        return on.isEmpty() ? null : String.join(" and ", on);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }
}
