package io.migcal.model.measure;

import io.migcal.model.csv.CsvNumbers;
import io.migcal.model.csv.CsvOutput;
import java.io.FileOutputStream;
import java.io.IOException;
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
            writer.writeRecord(CsvOutput.record(columns(contextColumns)));
        }
        return writer;
    }

    /** The header: the fixed columns, then the run's context columns. */
    public static List<String> columns(List<String> contextColumns) {
        List<String> all = new ArrayList<>(MeasurementColumns.FIXED);
        all.addAll(contextColumns);
        return all;
    }

    /** Writes one row as one record and forces it to disk; line breaks inside cells are kept. */
    public synchronized void write(MeasurementRow row) throws IOException {
        writeRecord(record(row));
    }

    String record(MeasurementRow row) {
        List<String> cells = new ArrayList<>(MeasurementColumns.FIXED.size() + contextColumns.size());
        cells.add(row.runId());
        cells.add(row.sampleId());
        cells.add(CsvNumbers.format(row.repetition()));
        cells.add(CsvNumbers.format(row.orderIndex()));
        cells.add(row.startedAt() == null ? null : row.startedAt().toString());
        cells.add(row.method());
        cells.add(row.vmId());
        cells.add(row.sourceNode());
        cells.add(row.targetNode());
        cells.add(row.direction());
        cells.add(CsvNumbers.format(row.rttSetMs()));
        cells.add(CsvNumbers.format(row.rttMeasuredMs()));
        cells.add(CsvNumbers.format(row.queueLimitPackets()));
        cells.add(CsvNumbers.format(row.fillBytes()));
        cells.add(CsvNumbers.format(row.guestUsedBytes()));
        cells.add(CsvNumbers.format(row.dirtyRateBytesPerS()));
        cells.add(CsvNumbers.format(row.transferTimeS()));
        cells.add(CsvNumbers.format(row.migrationPhaseS()));
        cells.add(CsvNumbers.format(row.taskDurationS()));
        cells.add(CsvNumbers.format(row.downtimeMs()));
        cells.add(CsvNumbers.format(row.transferredBytes()));
        cells.add(CsvNumbers.format(row.pollIntervalMs()));
        cells.add(row.status().csvName());
        cells.add(row.stage());
        cells.add(row.error());
        for (String column : contextColumns) {
            cells.add(row.context().get(column));
        }
        return CsvOutput.record(cells);
    }

    /** One write call per record, so a kill leaves at most the last record cut short. */
    private void writeRecord(String record) throws IOException {
        out.write(record.getBytes(StandardCharsets.UTF_8));
        out.getFD().sync();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
