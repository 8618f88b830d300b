package io.migcal.model.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How migcal writes every CSV: RFC 4180 with {@code \n} line ends (not the RFC's CRLF, so files diff
 * cleanly and stay byte-identical to the golden files). A cell is quoted only when it has to be: it
 * holds a comma, a quote or a line break, or starts or ends with a space. Line breaks inside a cell are
 * kept as they are, so multi-line text such as a qdisc readback reads back unchanged.
 */
public final class CsvOutput {
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvOutput() {
    }

    /** One record, ending with {@code \n}; {@code null} cells are empty. */
    public static String record(List<?> cells) {
        StringBuilder out = new StringBuilder();
        append(out, cells);
        return out.toString();
    }

    /** Appends one record, ending with {@code \n}, to {@code out}. */
    public static void append(StringBuilder out, List<?> cells) {
        try {
            FORMAT.printRecord(out, cells.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
    }
}
