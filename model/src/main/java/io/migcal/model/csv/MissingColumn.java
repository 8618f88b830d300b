package io.migcal.model.csv;

import io.migcal.model.BadInputException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The error for a required column not in a header. When the header holds the column once split at the
 * other delimiter, the column is there and the file was read with the wrong separator (a spreadsheet
 * export in a comma-decimal locale read as {@code ,}-separated): the line then says what was found and
 * which option to pass.
 */
final class MissingColumn {
    private static final int SHOWN_CHARS = 80;

    private MissingColumn() {
    }

    /** {@code anyOf}: the column's name, then the names that may stand in for it. */
    static BadInputException problem(String source, CsvDelimiter delimiter, List<String> header, String needs,
            String... anyOf) {
        for (CsvDelimiter other : CsvDelimiter.values()) {
            if (other != delimiter && Arrays.stream(anyOf).anyMatch(splitAt(header, other)::contains)) {
                return new BadInputException(source + ":1: the header is separated by '" + other.character()
                        + "', not '" + delimiter.character() + "' (found \"" + abbreviated(String.join(
                        String.valueOf(delimiter.character()), header)) + "\"); pass " + other.option()
                        + (other.decimalComma() ? " (numbers with decimal commas such as 2,5 are then read too)" : ""));
            }
        }
        String alternatives = anyOf.length == 1 ? ""
                : " (or " + String.join(" or ", Arrays.asList(anyOf).subList(1, anyOf.length)) + ")";
        return new BadInputException(source + ":1: column " + anyOf[0] + alternatives + " is missing from the header; "
                + needs);
    }

    private static List<String> splitAt(List<String> header, CsvDelimiter other) {
        Pattern separator = Pattern.compile(Pattern.quote(String.valueOf(other.character())));
        return header.stream().flatMap(separator::splitAsStream).map(String::trim).toList();
    }

    private static String abbreviated(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS - 3) + "...";
    }
}
