package io.migcal.model.measure;

import io.migcal.model.BadInputException;
import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvRow;
import io.migcal.model.csv.CsvSource;
import io.migcal.model.csv.CsvTable;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

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

    public static MeasurementData read(Path file, CsvDelimiter delimiter) {
        CsvSource source = CsvSource.read(file, "--data");
        CsvTable table = source.table(delimiter);
        if (table.isEmpty()) {
            throw new BadInputException(source.name() + ":1: the file is empty; expected a header line with at least "
                    + NEEDED);
        }
        CsvHeader header = CsvHeader.of(table);
        PathContextColumns context = PathContextColumns.of(table);
        List<FitObservation> observations = new ArrayList<>();
        int skipped = 0;
        for (CsvRow row : table.rows()) {
            CsvRecord record = new CsvRecord(source.name(), header, row, delimiter.decimalComma(), context);
            if (record.isOk()) {
                observations.add(record.observation());
            } else {
                skipped++;
            }
        }
        if (observations.isEmpty()) {
            int last = table.rows().isEmpty() ? 1 : table.rows().get(table.rows().size() - 1).line();
            throw new BadInputException(source.name() + ":" + last + ": no row with status ok to fit ("
                    + skipped + " skipped); measure at least one completed migration");
        }
        return new MeasurementData(source.name(), sha256(source.bytes()), observations, skipped, header.rttColumn());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
