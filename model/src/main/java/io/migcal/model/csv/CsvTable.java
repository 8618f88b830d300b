package io.migcal.model.csv;

import io.migcal.model.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;

/**
 * A CSV read whole: the header (names trimmed) and the data rows, each with the line it starts on, as
 * {@link CsvStream} reads them (RFC 4180; the rules are there). For small files that are used whole; a
 * file that may be large is read row by row with {@link CsvStream}.
 *
 * <p>A problem in the rows is raised by {@link #rows()}, not by {@link #parse}: a reader checks the
 * header first, so a file separated by another delimiter is named as such rather than as a row with
 * too many or too few cells.
 */
public final class CsvTable {
    private final String source;
    private final CsvDelimiter delimiter;
    private final List<String> header;
    private final List<CsvRow> rows;
    private final BadInputException rowsProblem;

    private CsvTable(String source, CsvDelimiter delimiter, List<String> header, List<CsvRow> rows,
            BadInputException rowsProblem) {
        this.source = source;
        this.delimiter = delimiter;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.rowsProblem = rowsProblem;
    }

    /**
     * Parses {@code text} (without byte-order mark; see {@link CsvSource}); {@code source} names the file in
     * messages. A text without any record gives an empty header.
     */
    public static CsvTable parse(String source, String text, CsvDelimiter delimiter) {
        try (CsvStream stream = CsvStream.of(source, text, delimiter)) {
            List<CsvRow> rows = new ArrayList<>();
            try {
                for (CsvRow row = stream.next(); row != null; row = stream.next()) {
                    rows.add(row);
                }
            } catch (BadInputException problem) {
                return new CsvTable(source, delimiter, stream.header(), rows, problem);
            }
            return new CsvTable(source, delimiter, stream.header(), rows, null);
        }
    }

    /**
     * The length of the leading whole records of a file migcal appends to record by record: a kill may
     * leave the last one cut short. A record may hold line breaks inside a quoted cell, so the cut is the
     * last line break after which the text so far parses cleanly; a break inside the torn record is
     * inside an open quote and does not.
     */
    public static int wholeRecordsLength(String text) {
        for (int end = text.length(); end > 0; end = text.lastIndexOf('\n', end - 2) + 1) {
            if (parsesWhole(text.substring(0, end))) {
                return end;
            }
        }
        return 0;
    }

    private static boolean parsesWhole(String text) {
        if (!text.endsWith("\n")) {
            return false;
        }
        try (CSVParser parser = CSVParser.parse(text, CsvStream.format(CsvDelimiter.COMMA))) {
            parser.forEach(record -> { });
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    /** The data rows; throws the first problem found in them (a parse error, a row of the wrong width). */
    public List<CsvRow> rows() {
        if (rowsProblem != null) {
            throw rowsProblem;
        }
        return rows;
    }

    /** The data rows as maps from column name to cell, in header order (a repeated name keeps its first cell). */
    public List<Map<String, String>> rowsByName() {
        List<Map<String, String>> maps = new ArrayList<>();
        for (CsvRow row : rows()) {
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                byName.putIfAbsent(header.get(i), row.cell(i));
            }
            maps.add(byName);
        }
        return maps;
    }

    public boolean isEmpty() {
        return header.isEmpty() || header.size() == 1 && header.get(0).isEmpty();
    }

    /** The index of a header column, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /**
     * The one-line error for a required column that is not in the header ({@code anyOf}: its name, then
     * the names that may stand in for it); see {@link MissingColumn}.
     */
    public BadInputException missingColumn(String needs, String... anyOf) {
        return MissingColumn.problem(source, delimiter, header, needs, anyOf);
    }
}
