package io.migcal.model.measure;

import java.io.IOException;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends rows to {@code measurements.csv} and forces each one to disk before returning, so a crash,
 * a kill -9 or a power cut loses at most the sample that was running. The header is the fixed
 * columns followed by the run's context columns; a resumed run must declare the same ones.
 */
public final class MeasurementCsvWriter implements AutoCloseable {
    private final FileOutputStream out;
    private final List<String> contextColumns;

    private MeasurementCsvWriter(FileOutputStream out, List<String> contextColumns) {
        this.out = out;
        this.contextColumns = List.copyOf(contextColumns);
    }

    /** Opens the file for appending, writing the header first if the file is new or empty. */
    public static MeasurementCsvWriter append(Path file, List<String> contextColumns) throws IOException {
        // a stream, not a FileChannel: a channel closes itself when the writing thread is interrupted,
        // and the row of a sample stopped by Ctrl-C is exactly the one that must still be written
        MeasurementCsvWriter writer = new MeasurementCsvWriter(new FileOutputStream(file.toFile(), true), contextColumns);
        if (Files.size(file) == 0) {
            writer.writeLine(header(contextColumns));
        }
        return writer;
    }

    public static String header(List<String> contextColumns) {
        List<String> all = new ArrayList<>(MeasurementColumns.FIXED);
        all.addAll(contextColumns);
        return String.join(",", all);
    }

    public synchronized void write(MeasurementRow row) throws IOException {
        writeLine(line(row));
    }

    String line(MeasurementRow row) {
        List<String> cells = new ArrayList<>(MeasurementColumns.FIXED.size() + contextColumns.size());
        cells.add(CsvCell.text(row.runId()));
        cells.add(CsvCell.text(row.sampleId()));
        cells.add(CsvCell.number(row.repetition()));
        cells.add(CsvCell.number(row.orderIndex()));
        cells.add(row.startedAt() == null ? "" : row.startedAt().toString());
        cells.add(CsvCell.text(row.method()));
        cells.add(CsvCell.text(row.vmId()));
        cells.add(CsvCell.text(row.sourceNode()));
        cells.add(CsvCell.text(row.targetNode()));
        cells.add(CsvCell.text(row.direction()));
        cells.add(CsvCell.number(row.rttSetMs()));
        cells.add(CsvCell.number(row.rttMeasuredMs()));
        cells.add(CsvCell.number(row.queueLimitPackets()));
        cells.add(CsvCell.number(row.fillBytes()));
        cells.add(CsvCell.number(row.guestUsedBytes()));
        cells.add(CsvCell.number(row.dirtyRateBytesPerS()));
        cells.add(CsvCell.number(row.transferTimeS()));
        cells.add(CsvCell.number(row.migrationPhaseS()));
        cells.add(CsvCell.number(row.taskDurationS()));
        cells.add(CsvCell.number(row.downtimeMs()));
        cells.add(CsvCell.number(row.transferredBytes()));
        cells.add(CsvCell.number(row.pollIntervalMs()));
        cells.add(row.status().csvName());
        cells.add(CsvCell.text(row.stage()));
        cells.add(CsvCell.text(row.error()));
        for (String column : contextColumns) {
            cells.add(CsvCell.text(row.context().get(column)));
        }
        return String.join(",", cells);
    }

    private void writeLine(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.getFD().sync();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
