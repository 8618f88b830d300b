package io.migcal.model.measure;

import io.migcal.model.BadInputException;
import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvRow;
import io.migcal.model.csv.CsvSource;
import io.migcal.model.csv.CsvTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the points for {@code migcal predict --points}: columns {@code guest_used_bytes} and {@code rtt_ms}, others ignored. */
public final class PointsCsvReader {
    private static final String GUEST = MeasurementColumns.GUEST_USED_BYTES;
    private static final String RTT = "rtt_ms";
    private static final String NEEDS = "the points file needs " + GUEST + " and " + RTT;

    private PointsCsvReader() {
    }

    /** Reads a comma-separated file. */
    public static List<PredictionPoint> read(Path file) {
        return read(file, CsvDelimiter.COMMA);
    }

    public static List<PredictionPoint> read(Path file, CsvDelimiter delimiter) {
        CsvSource source = CsvSource.read(file, "--points");
        CsvTable table = source.table(delimiter);
        if (table.isEmpty()) {
            throw new BadInputException(source.name() + ":1: the file is empty; expected a header line " + GUEST
                    + delimiter.character() + RTT);
        }
        int guest = column(table, GUEST);
        int rtt = column(table, RTT);
        List<PredictionPoint> points = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            points.add(new PredictionPoint(
                    CsvNumber.parse(source.name(), row.line(), GUEST, row.cell(guest), delimiter.decimalComma()),
                    CsvNumber.parse(source.name(), row.line(), RTT, row.cell(rtt), delimiter.decimalComma())));
        }
        return points;
    }

    private static int column(CsvTable table, String column) {
        int index = table.column(column);
        if (index < 0) {
            throw table.missingColumn(NEEDS, column);
        }
        return index;
    }
}
