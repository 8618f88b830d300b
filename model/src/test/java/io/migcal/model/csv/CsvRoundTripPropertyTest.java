package io.migcal.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;

/**
 * Any table of strings and numbers that migcal writes reads back unchanged: every string cell (line
 * breaks, quotes, delimiters, edge spaces, a byte-order mark inside, any Unicode character) equals
 * what was written, every number parses back to the same double or long. Also for a {@code ;} file
 * with decimal commas written the way a spreadsheet does, read with {@code --delimiter ';'}.
 */
class CsvRoundTripPropertyTest {

    @Property(tries = 400)
    void aTableMigcalWritesReadsBackUnchanged(@ForAll("tables") List<List<Object>> rows, @ForAll boolean withBom)
            throws IOException {
        StringBuilder text = new StringBuilder(withBom ? "\uFEFF" : "");
        CsvOutput.append(text, header(rows));
        for (List<Object> row : rows) {
            CsvOutput.append(text, row.stream().map(cell -> cell instanceof Number n ? CsvNumbers.format(n) : cell).toList());
        }

        assertReadsBack(text.toString(), rows, CsvDelimiter.COMMA);
    }

    @Property(tries = 200)
    void aSemicolonTableWithDecimalCommasReadsBackWithTheDelimiterOption(@ForAll("tables") List<List<Object>> rows)
            throws IOException {
        CSVFormat spreadsheet = CsvOutput.FORMAT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        StringBuilder text = new StringBuilder("\uFEFF");
        spreadsheet.printRecord(text, header(rows).toArray());
        for (List<Object> row : rows) {
            spreadsheet.printRecord(text, row.stream()
                    .map(cell -> cell instanceof Number n ? CsvNumbers.format(n).replace('.', ',') : cell).toArray());
        }

        assertReadsBack(text.toString(), rows, CsvDelimiter.SEMICOLON);
    }

    private static void assertReadsBack(String text, List<List<Object>> rows, CsvDelimiter delimiter) throws IOException {
        Path file = Files.createTempFile("roundtrip", ".csv");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            CsvTable table = CsvSource.read(file, "--data").table(delimiter);

            assertThat(table.header()).isEqualTo(header(rows));
            assertThat(table.rows()).hasSize(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    assertCell(rows.get(r).get(c), table.rows().get(r).cell(c), delimiter);
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    private static void assertCell(Object written, String read, CsvDelimiter delimiter) {
        if (written instanceof Long l) {
            assertThat(Long.parseLong(read)).isEqualTo(l);
        } else if (written instanceof Double d) {
            assertThat(CsvNumbers.parse(read, delimiter.decimalComma())).isEqualTo(d == 0 ? 0.0 : d);
        } else {
            assertThat(read).isEqualTo(written);
        }
    }

    private static List<String> header(List<List<Object>> rows) {
        int columns = rows.isEmpty() ? 3 : rows.get(0).size();
        return IntStream.range(0, columns).mapToObj(i -> "c" + i).toList();
    }

    @Provide
    Arbitrary<List<List<Object>>> tables() {
        Arbitrary<Object> cell = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, tricky()), net.jqwik.api.Tuple.of(3, anyText()),
                net.jqwik.api.Tuple.of(2, anyDouble()), net.jqwik.api.Tuple.of(1, Arbitraries.longs()));
        return Arbitraries.integers().between(1, 6).flatMap(columns -> cell.list().ofSize(columns)
                .list().ofMaxSize(8).map(CsvRoundTripPropertyTest::copies));
    }

    private static List<List<Object>> copies(List<List<Object>> rows) {
        return new ArrayList<>(rows);
    }

    /** The characters CSV has to escape, edge spaces and a byte-order mark, densely. */
    private static Arbitrary<Object> tricky() {
        return Arbitraries.strings().withChars(",;\"\r\n \t#\uFEFFa1.").ofMaxLength(12).map(s -> (Object) s);
    }

    /** Any UTF-16 text that is valid Unicode (no lone surrogate, which no file can hold). */
    private static Arbitrary<Object> anyText() {
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD').ofMaxLength(30)
                .map(s -> (Object) s);
    }

    /** Every finite double, from its bits (so tiny, huge and long-fraction values come up), and plain decimals. */
    private static Arbitrary<Object> anyDouble() {
        Arbitrary<Double> fromBits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        return Arbitraries.oneOf(fromBits, Arbitraries.doubles().between(-1e9, 1e9).ofScale(6)).map(d -> (Object) d);
    }
}
