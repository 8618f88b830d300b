package io.migcal.model.csv;

import io.migcal.model.BadInputException;
import java.util.Locale;

/**
 * The cell separator of a CSV being read. A {@code ;}-separated file is what a spreadsheet writes in a
 * locale whose decimal mark is a comma (German, French, ...), so its numbers are read with decimal commas.
 */
public enum CsvDelimiter {
    COMMA(','),
    SEMICOLON(';');

    private final char character;

    CsvDelimiter(char character) {
        this.character = character;
    }

    /** Reads the value of a {@code --delimiter} option: {@code ,} or {@code ;} (or their names). */
    public static CsvDelimiter fromOption(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case ",", "comma" -> COMMA;
            case ";", "semicolon" -> SEMICOLON;
            default -> throw new BadInputException("--delimiter '" + value + "' is not supported; pass --delimiter ',' "
                    + "(the default) or --delimiter ';' (a spreadsheet export with decimal commas)");
        };
    }

    public char character() {
        return character;
    }

    /** True when numbers are written with a decimal comma ({@code 2,5}), as next to {@code ;} separators. */
    public boolean decimalComma() {
        return this == SEMICOLON;
    }

    /** The option that selects this delimiter, as a user types it. */
    public String option() {
        return "--delimiter '" + character + "'";
    }
}
