package io.migcal.model.measure;

import io.migcal.model.BadInputException;
import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvRow;
import io.migcal.model.csv.CsvSource;
import io.migcal.model.csv.CsvStream;
import io.migcal.model.csv.CsvTable;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * How {@code migcal fit} read its CSV before it streamed it: the file's bytes and text whole, every
 * record parsed into a {@link CsvRow} list, then a {@link FitObservation} object per row, copied into
 * the data. Test scope only, the baseline of the fit command benchmark.
 */
public final class WholeFileCsvReader {

    private WholeFileCsvReader() {
    }

    public static MeasurementData read(Path file, CsvDelimiter delimiter) {
        return read(file, delimiter, () -> { });
    }

    /** {@code atPeak} runs when the most is alive: the bytes, the text, the parsed rows and the observations. */
    public static MeasurementData read(Path file, CsvDelimiter delimiter, Runnable atPeak) {
        CsvSource source = CsvSource.read(file, "--data");
        CsvTable table = source.table(delimiter);
        CsvStream headerOnly = CsvStream.of(source.name(), source.text(), delimiter);
        CsvHeader header = CsvHeader.of(headerOnly);
        PathContextColumns context = PathContextColumns.of(headerOnly);
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
            throw new BadInputException(source.name() + ": no row with status ok");
        }
        atPeak.run();
        if (table.rows().isEmpty() || source.bytes().length == 0) {
            throw new IllegalStateException("kept alive up to here on purpose");
        }
        return new MeasurementData(source.name(), sha256(source.bytes()), observations, skipped, header.rttColumn());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
