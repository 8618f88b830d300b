package io.migcal.model.report.run;

import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvSource;
import io.migcal.model.csv.CsvTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every row of a measurements CSV by column name, failures included: what the report needs beyond
 * the fitter's view (fills, statuses, errors, context columns). Numbers are left as text here.
 */
record RunTable(List<String> columns, List<Map<String, String>> rows) {
    static final String STATUS = "status";

    RunTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * Reads a run's {@code measurements.csv} with the fitter's reader (RFC 4180, multi-line cells, a
     * problem named by file and line); a last record a killed sweep left half-written is left out.
     */
    static RunTable read(Path csv) {
        CsvSource source = CsvSource.read(csv, "RUN_DIR");
        String whole = source.text().substring(0, CsvTable.wholeRecordsLength(source.text()));
        CsvTable table = CsvTable.parse(source.name(), whole, CsvDelimiter.COMMA);
        return new RunTable(table.header(), table.rowsByName());
    }

    /** The same rule as the fitter's: rows without a status column, or with status ok, were measured. */
    static boolean isOk(Map<String, String> row) {
        String status = row.get(STATUS);
        return status == null || "ok".equals(status.trim().toLowerCase(Locale.ROOT));
    }

    List<Map<String, String>> okRows() {
        return rows.stream().filter(RunTable::isOk).toList();
    }

    List<Map<String, String>> failedRows() {
        return rows.stream().filter(row -> !isOk(row)).toList();
    }

    boolean has(String column) {
        return columns.contains(column);
    }

    /** Two tables as one (the pooled report); columns in first-seen order, missing cells empty. */
    static RunTable concat(List<RunTable> tables) {
        List<String> columns = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (RunTable table : tables) {
            table.columns().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
            rows.addAll(table.rows());
        }
        return new RunTable(columns, rows);
    }
}
