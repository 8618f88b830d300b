package io.migcal.model.report.run;

import io.migcal.model.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    static RunTable read(Path csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return new RunTable(parser.getHeaderNames(), rows);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new BadInputException(csv + ": cannot be read as CSV (" + e.getMessage() + "); pass the "
                    + "measurements.csv a sweep wrote");
        }
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
