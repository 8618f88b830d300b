package io.migcal.model.measure;

import io.migcal.model.BadInputException;
import java.util.List;
import java.util.Locale;

/** One data line of a measurements CSV, checked cell by cell against the header. */
final class CsvRecord {
    private final String file;
    private final int line;
    private final CsvHeader header;
    private final List<String> cells;

    CsvRecord(String file, int line, CsvHeader header, List<String> cells) {
        if (cells.size() != header.size()) {
            throw new BadInputException(file + ":" + line + ": has " + cells.size() + " cells but the header has "
                    + header.size() + " columns; quote cells that contain commas");
        }
        this.file = file;
        this.line = line;
        this.header = header;
        this.cells = cells;
    }

    boolean isOk() {
        return header.status() < 0 || "ok".equals(cells.get(header.status()).trim().toLowerCase(Locale.ROOT));
    }

    FitObservation observation() {
        double rttMs = number(header.rtt(), header.rttColumn());
        double guestUsedBytes = number(header.guestUsed(), MeasurementColumns.GUEST_USED_BYTES);
        double transferTimeS = number(header.transferTime(), MeasurementColumns.TRANSFER_TIME_S);
        if (transferTimeS == 0) {
            throw problem(MeasurementColumns.TRANSFER_TIME_S, "is 0; a completed migration takes time, "
                    + "check the measurement or mark the row's status as failed");
        }
        return new FitObservation(rttMs, guestUsedBytes, transferTimeS, dirtyRate(), line);
    }

    /** The dirty rate is optional even when its column exists: an empty cell means it was not measured. */
    private Double dirtyRate() {
        int index = header.dirtyRate();
        if (index < 0 || cells.get(index).isBlank()) {
            return null;
        }
        return number(index, MeasurementColumns.DIRTY_RATE_BYTES_PER_S);
    }

    private double number(int index, String column) {
        return CsvNumber.parse(file, line, column, cells.get(index));
    }

    private BadInputException problem(String column, String what) {
        return CsvNumber.problem(file, line, column, what);
    }
}
