package io.migcal.model.measure;

import io.migcal.model.csv.CsvStream;

/** The header of a measurements CSV: where the columns the fitter needs are. */
record CsvHeader(int rtt, String rttColumn, int guestUsed, int transferTime, int status, int dirtyRate) {
    private static final String NEEDS = "the fitter needs " + MeasurementCsvReader.NEEDED;

    static CsvHeader of(CsvStream table) {
        int rttSet = table.column(MeasurementColumns.RTT_SET_MS);
        int rttMeasured = table.column(MeasurementColumns.RTT_MEASURED_MS);
        if (rttSet < 0 && rttMeasured < 0) {
            throw table.missingColumn(NEEDS, MeasurementColumns.RTT_SET_MS, MeasurementColumns.RTT_MEASURED_MS);
        }
        int rtt = rttSet >= 0 ? rttSet : rttMeasured;
        return new CsvHeader(rtt, table.header().get(rtt), required(table, MeasurementColumns.GUEST_USED_BYTES),
                required(table, MeasurementColumns.TRANSFER_TIME_S), table.column(MeasurementColumns.STATUS),
                table.column(MeasurementColumns.DIRTY_RATE_BYTES_PER_S));
    }

    private static int required(CsvStream table, String column) {
        int index = table.column(column);
        if (index < 0) {
            throw table.missingColumn(NEEDS, column);
        }
        return index;
    }
}
