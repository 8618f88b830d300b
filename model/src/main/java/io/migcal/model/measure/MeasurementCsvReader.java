package io.migcal.model.measure;

import io.migcal.model.BadInputException;
import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvRow;
import io.migcal.model.csv.CsvStream;
import java.nio.file.Path;

/**
 * Reads a measurements CSV for fitting, made by migcal or by hand. It needs {@code rtt_set_ms} (or
 * {@code rtt_measured_ms}), {@code guest_used_bytes} and {@code transfer_time_s}; {@code status} is
 * optional (rows not {@code ok} are skipped and counted); {@code dirty_rate_bytes_per_s} is used when
 * present; other columns are ignored. Every problem is one {@link BadInputException} line naming the
 * file, the line and the column.
 */
public final class MeasurementCsvReader {
    static final String NEEDED = "rtt_set_ms (or rtt_measured_ms), guest_used_bytes and transfer_time_s";

    private MeasurementCsvReader() {
    }

    /** Reads a comma-separated file. */
    public static MeasurementData read(Path file) {
        return read(file, CsvDelimiter.COMMA);
    }

    /** Reads the file row by row: neither its text nor a row object per line is kept (see {@link ObservationColumns}). */
    public static MeasurementData read(Path file, CsvDelimiter delimiter) {
        try (CsvStream csv = CsvStream.open(file, "--data", delimiter)) {
            if (csv.isEmpty()) {
                throw new BadInputException(csv.source() + ":1: the file is empty; expected a header line with at least "
                        + NEEDED);
            }
            CsvHeader header = CsvHeader.of(csv);
            PathContextColumns context = PathContextColumns.of(csv);
            ObservationColumns observations = new ObservationColumns();
            int skipped = 0;
            int lastLine = 1;
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                CsvRecord record = new CsvRecord(csv.source(), header, row, delimiter.decimalComma(), context);
                lastLine = row.line();
                if (record.isOk()) {
                    observations.append(record.observation());
                } else {
                    skipped++;
                }
            }
            if (observations.isEmpty()) {
                throw new BadInputException(csv.source() + ":" + lastLine + ": no row with status ok to fit ("
                        + skipped + " skipped); measure at least one completed migration");
            }
            return new MeasurementData(csv.source(), csv.sha256(), observations, skipped, header.rttColumn());
        }
    }
}
