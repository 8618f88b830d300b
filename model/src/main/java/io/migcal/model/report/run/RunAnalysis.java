package io.migcal.model.report.run;

import io.migcal.model.BadInputException;
import io.migcal.model.fit.FamilyCatalog;
import io.migcal.model.fit.FitReport;
import io.migcal.model.fit.FittedModel;
import io.migcal.model.fit.ModelComparison;
import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementColumns;
import io.migcal.model.measure.MeasurementCsvReader;
import io.migcal.model.measure.MeasurementData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One data set of a report, fitted: a single run, or several runs pooled into one fit. Holds every
 * row (failures included), what the fitter read, the fit, and the RAM levels with their figure names.
 */
public record RunAnalysis(List<RunDirectory> runs, RunTable table, MeasurementData data, Optional<FitReport> fit,
        String noFitReason, List<RamLevel> levels, List<FigureNames.Named> figures) {

    public RunAnalysis {
        runs = List.copyOf(runs);
        levels = List.copyOf(levels);
        figures = List.copyOf(figures);
    }

    /** Reads and fits the runs as one data set ({@code family}: as {@code migcal fit --family}). */
    public static RunAnalysis of(List<RunDirectory> runs, String family) {
        List<RunTable> tables = runs.stream().map(r -> RunTable.read(r.measurements())).toList();
        List<MeasurementData> read = runs.stream().map(r -> MeasurementCsvReader.read(r.measurements())).toList();
        MeasurementData data = read.size() == 1 ? read.get(0) : pooled(runs, read);
        RunTable table = RunTable.concat(tables);
        List<RamLevel> levels = RamLevel.of(data.observations(), table.okRows());
        if (!FamilyCatalog.AUTO.equals(family)) {
            FamilyCatalog.byName(family);
        }
        Optional<FitReport> fit;
        String noFitReason = "";
        try {
            fit = Optional.of(ModelComparison.compare(data, family));
        } catch (BadInputException e) {
            // Data no family can be fitted to (one RAM level, one RTT) still deserve their figures and cells.
            fit = Optional.empty();
            noFitReason = e.getMessage();
        }
        return new RunAnalysis(runs, table, data, fit, noFitReason, levels, FigureNames.of(levels));
    }

    /** The chosen model, if any family could be fitted to the data. */
    public Optional<FittedModel> model() {
        return fit.map(f -> f.chosen().model());
    }

    /** Each RAM level's mean guest memory, smallest first. */
    public List<Double> ramUsageBytes() {
        return levels.stream().map(RamLevel::meanUsedBytes).toList();
    }

    /** The RTTs the run measured (each cell's mean RTT), smallest first, without repeats. */
    public List<Double> rttLevelsMs() {
        return cells().stream().map(Cell::rttMs).distinct().sorted().toList();
    }

    /** The chosen family's name, or "none". */
    String familyName() {
        return fit.map(f -> f.chosen().family().name()).orElse("none");
    }

    /** The runs' folder names, joined. */
    public String label() {
        return runs.stream().map(RunDirectory::name).collect(Collectors.joining(" + "));
    }

    boolean presetRtt() {
        return MeasurementColumns.RTT_SET_MS.equals(data.rttColumn());
    }

    List<Cell> cells() {
        return levels.stream().flatMap(level -> Cell.of(level, presetRtt(), model()).stream()).toList();
    }

    private static MeasurementData pooled(List<RunDirectory> runs, List<MeasurementData> read) {
        List<String> rttColumns = read.stream().map(MeasurementData::rttColumn).distinct().toList();
        if (rttColumns.size() > 1) {
            throw new BadInputException("cannot pool runs whose RTT comes from different columns (" + rttColumns
                    + "); report them side by side instead (leave out --pool)");
        }
        List<FitObservation> observations = new ArrayList<>();
        read.forEach(d -> observations.addAll(d.observations()));
        int skipped = read.stream().mapToInt(MeasurementData::skippedRows).sum();
        String source = read.stream().map(MeasurementData::sourceName).collect(Collectors.joining(" + "));
        return new MeasurementData(source, sha256Of(runs), observations, skipped, rttColumns.get(0));
    }

    /** The SHA-256 of the pooled files' bytes, one after the other: the input the pooled fit was made from. */
    private static String sha256Of(List<RunDirectory> runs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RunDirectory run : runs) {
                digest.update(Files.readAllBytes(run.measurements()));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
