package io.migcal.harness.cli;

import io.migcal.model.BadInputException;
import io.migcal.model.MigcalVersion;
import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.fit.FitReport;
import io.migcal.model.fit.PrecopyConvergence;
import io.migcal.model.fit.ModelComparison;
import io.migcal.model.fit.SummaryTable;
import io.migcal.model.fit.TransferModelFile;
import io.migcal.model.measure.MeasurementCsvReader;
import io.migcal.model.measure.SettingLevelSplit;
import io.migcal.model.plot.FitDirectory;
import io.migcal.model.plot.FitFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code migcal fit}: fits every model family to a measurements CSV and writes the chosen model and figures. */
@Command(name = "fit", mixinStandardHelpOptions = true, versionProvider = Migcal.Version.class,
        description = "Fit transfer-time models to a measurements CSV; write transfer-model.json and figures.")
public final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "measurements CSV (migcal's or your own)")
    Path data;

    @Option(names = "--delimiter", defaultValue = ",", paramLabel = "CHAR",
            description = "cell separator of --data: ',' (default) or ';' (a spreadsheet export whose numbers have "
                    + "decimal commas, such as 2,5)")
    String delimiter;

    @Option(names = "--family", defaultValue = "auto",
            description = "auto (lowest leave-one-RTT-level-out CV error, the default), window-cap, window-cap-smooth, "
                    + "window-cap-offset, window-cap-ls, precopy or linear")
    String family;

    @Option(names = "--out", required = true, description = "directory for transfer-model.json and the figures")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(out + " is a file; --out needs a directory (it is created if missing)");
        }
        CsvDelimiter cells = CsvDelimiter.fromOption(delimiter);
        FitReport report = ModelComparison.compare(MeasurementCsvReader.read(data, cells), family);
        FitDirectory.write(out, report, MigcalVersion.current());
        spec.commandLine().getOut().print(SummaryTable.render(report));
        List<SettingLevelSplit.Level> combinations = SettingLevelSplit.split(data, cells,
                out.resolve(SettingLevelFits.FOLDER));
        if (combinations.isEmpty()) {
            Optional<PrecopyConvergence> convergence = ConvergenceOutput.write(report, data, cells, out, null);
            convergence.ifPresent(c -> spec.commandLine().getOut().print(c.render()
                    + "wrote " + out.resolve(PrecopyConvergence.FILE_NAME) + System.lineSeparator()));
        } else if (report.data().hasDirtyRates()) {
            spec.commandLine().getOut().println("pre-copy convergence: judged per migration-settings combination (a "
                    + "bandwidth cap or auto-converge moves it), in " + SettingLevelFits.FOLDER + "/<combination>/"
                    + PrecopyConvergence.FILE_NAME);
        }
        spec.commandLine().getOut().println("wrote " + out.resolve(TransferModelFile.FILE_NAME) + ", "
                + FitFigures.RTT_VS_TIME + ".png/.svg, " + FitFigures.RESIDUALS + ".png/.svg");
        SettingLevelFits.write(combinations, cells, family, out, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
