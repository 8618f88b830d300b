package io.migcal.model.measure;

import io.migcal.model.BadInputException;
import io.migcal.model.csv.CsvRow;
import java.util.Locale;

/** One data row of a measurements CSV, read cell by cell through the header. */
final class CsvRecord {
    private final String file;
    private final CsvHeader header;
    private final CsvRow row;
    private final boolean decimalComma;
    private final PathContextColumns context;

    CsvRecord(String file, CsvHeader header, CsvRow row, boolean decimalComma, PathContextColumns context) {
        this.file = file;
        this.header = header;
        this.row = row;
        this.decimalComma = decimalComma;
        this.context = context;
    }

    boolean isOk() {
        return header.status() < 0 || "ok".equals(row.cell(header.status()).trim().toLowerCase(Locale.ROOT));
    }

    FitObservation observation() {
        double rttMs = number(header.rtt(), header.rttColumn());
        double guestUsedBytes = number(header.guestUsed(), MeasurementColumns.GUEST_USED_BYTES);
        double transferTimeS = number(header.transferTime(), MeasurementColumns.TRANSFER_TIME_S);
        if (transferTimeS == 0) {
            throw problem(MeasurementColumns.TRANSFER_TIME_S, "is 0; a completed migration takes time, "
                    + "check the measurement or mark the row's status as failed");
        }
        return new FitObservation(rttMs, guestUsedBytes, transferTimeS, dirtyRate(), row.line(), context.of(row));
    }

    /** The dirty rate is optional even when its column exists: an empty cell means it was not measured. */
    private Double dirtyRate() {
        int index = header.dirtyRate();
        if (index < 0 || row.cell(index).isBlank()) {
            return null;
        }
        return number(index, MeasurementColumns.DIRTY_RATE_BYTES_PER_S);
    }

    private double number(int index, String column) {
        return CsvNumber.parse(file, row.line(), column, row.cell(index), decimalComma);
    }

    private BadInputException problem(String column, String what) {
        return CsvNumber.problem(file, row.line(), column, what);
    }
}
