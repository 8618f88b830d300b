package io.migcal.model.measure;

import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvNumbers;
import io.migcal.model.csv.CsvOutput;
import io.migcal.model.csv.CsvRow;
import io.migcal.model.csv.CsvSource;
import io.migcal.model.csv.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration's progress history as a CSV file of its own ({@code progress/<sample-id>.csv} in the
 * run directory, docs/record-schema.md): one line per {@code query-migrate} sample or task-log
 * progress line, in the order they were seen.
 */
public final class ProgressHistoryCsv {
    public static final List<String> HEADER = List.of("t_s", "status", "transferred_bytes", "remaining_bytes",
            "total_bytes", "rate_bytes_per_s", "dirty_sync_count");

    private ProgressHistoryCsv() {
    }

    public static void write(Path file, List<ProgressSample> samples) throws IOException {
        StringBuilder out = new StringBuilder();
        CsvOutput.append(out, HEADER);
        for (ProgressSample s : samples) {
            CsvOutput.append(out, List.of(CsvNumbers.format(s.atS()), s.status() == null ? "" : s.status(),
                    CsvNumbers.format(s.transferredBytes()), CsvNumbers.format(s.remainingBytes()),
                    CsvNumbers.format(s.totalBytes()), CsvNumbers.format(s.rateBytesPerS()),
                    CsvNumbers.format(s.dirtySyncCount())));
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** Reads a file {@link #write} made; a cell that is not a number reads as not measured. */
    public static List<ProgressSample> read(Path file) {
        CsvTable table = CsvSource.read(file, "progress").table(CsvDelimiter.COMMA);
        List<ProgressSample> samples = new ArrayList<>();
        if (table.isEmpty()) {
            return samples;
        }
        List<String> header = table.header();
        for (CsvRow row : table.rows()) {
            Double at = number(row, header, "t_s");
            if (at == null) {
                continue;
            }
            String status = text(row, header, "status");
            samples.add(new ProgressSample(at, status, whole(row, header, "transferred_bytes"),
                    whole(row, header, "remaining_bytes"), whole(row, header, "total_bytes"),
                    number(row, header, "rate_bytes_per_s"), whole(row, header, "dirty_sync_count")));
        }
        return samples;
    }

    private static String text(CsvRow row, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < 0 || row.cell(i).isBlank() ? null : row.cell(i).trim();
    }

    private static Double number(CsvRow row, List<String> header, String column) {
        String text = text(row, header, column);
        try {
            return text == null ? null : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long whole(CsvRow row, List<String> header, String column) {
        Double value = number(row, header, column);
        return value == null ? null : Math.round(value);
    }
}
