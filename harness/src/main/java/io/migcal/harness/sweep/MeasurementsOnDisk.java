package io.migcal.harness.sweep;

import io.migcal.model.BadInputException;
import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvTable;
import io.migcal.model.measure.MeasurementColumns;
import io.migcal.model.measure.SampleStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an interrupted run left in {@code measurements.csv}: its context columns and which samples
 * finished. A sample finished when it has a row that is not {@code interrupted}; a last record cut
 * off by a crash is ignored, because the writer forces whole records only.
 */
public record MeasurementsOnDisk(List<String> contextColumns, List<Map<String, String>> rows) {

    public static MeasurementsOnDisk read(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return new MeasurementsOnDisk(List.of(), List.of());
        }
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        CsvTable table = CsvTable.parse(csv.toString(), text.substring(0, CsvTable.wholeRecordsLength(text)), CsvDelimiter.COMMA);
        if (table.isEmpty()) {
            return new MeasurementsOnDisk(List.of(), List.of());
        }
        List<String> header = table.header();
        if (!header.subList(0, Math.min(header.size(), MeasurementColumns.FIXED.size()))
                .equals(MeasurementColumns.FIXED)) {
            throw new BadInputException(csv + " does not start with migcal's measurement columns; "
                    + "is this a migcal run directory?");
        }
        return new MeasurementsOnDisk(header.subList(MeasurementColumns.FIXED.size(), header.size()), table.rowsByName());
    }

    /**
     * Cuts a last record that a kill left half-written, so the next row starts on a line of its own;
     * returns whether anything was cut.
     */
    public static boolean dropTornLastLine(Path csv) throws IOException {
        if (!Files.exists(csv) || Files.size(csv) == 0) {
            return false;
        }
        byte[] bytes = Files.readAllBytes(csv);
        String text = new String(bytes, StandardCharsets.UTF_8);
        long whole = text.substring(0, CsvTable.wholeRecordsLength(text)).getBytes(StandardCharsets.UTF_8).length;
        if (whole == bytes.length) {
            return false;
        }
        InterruptProofFiles.truncate(csv, whole);
        return true;
    }

    public MeasurementsOnDisk {
        contextColumns = List.copyOf(contextColumns);
        rows = List.copyOf(rows);
    }

    /** Ids of the samples that need not run again. */
    public Set<String> finishedSampleIds() {
        Set<String> finished = new LinkedHashSet<>();
        for (Map<String, String> row : rows) {
            if (SampleStatus.fromCsv(row.get(MeasurementColumns.STATUS)) != SampleStatus.INTERRUPTED) {
                finished.add(row.get(MeasurementColumns.SAMPLE_ID));
            }
        }
        return finished;
    }
}
