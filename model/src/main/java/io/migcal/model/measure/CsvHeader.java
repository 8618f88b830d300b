package io.migcal.model.measure;

import io.migcal.model.BadInputException;
import java.util.List;

/** The header of a measurements CSV: where the columns the fitter needs are. */
record CsvHeader(int rtt, String rttColumn, int guestUsed, int transferTime, int status, int dirtyRate, int size) {

    static CsvHeader parse(String file, String line) {
        List<String> names = CsvLine.split(line).stream().map(String::trim).toList();
        int rttSet = names.indexOf(MeasurementColumns.RTT_SET_MS);
        int rttMeasured = names.indexOf(MeasurementColumns.RTT_MEASURED_MS);
        if (rttSet < 0 && rttMeasured < 0) {
            throw missing(file, MeasurementColumns.RTT_SET_MS + " (or " + MeasurementColumns.RTT_MEASURED_MS + ")");
        }
        int rtt = rttSet >= 0 ? rttSet : rttMeasured;
        return new CsvHeader(rtt, names.get(rtt), required(file, names, MeasurementColumns.GUEST_USED_BYTES),
                required(file, names, MeasurementColumns.TRANSFER_TIME_S), names.indexOf(MeasurementColumns.STATUS),
                names.indexOf(MeasurementColumns.DIRTY_RATE_BYTES_PER_S), names.size());
    }

    private static int required(String file, List<String> names, String column) {
        int index = names.indexOf(column);
        if (index < 0) {
            throw missing(file, column);
        }
        return index;
    }

    private static BadInputException missing(String file, String column) {
        return new BadInputException(file + ":1: column " + column + " is missing from the header; the fitter needs "
                + MeasurementCsvReader.NEEDED);
    }
}
