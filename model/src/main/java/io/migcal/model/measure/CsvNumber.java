package io.migcal.model.measure;

import io.migcal.model.BadInputException;
import io.migcal.model.csv.CsvNumbers;

/**
 * Parses one numeric cell strictly: not empty, a plain number (with a '.' decimal point, or a ',' when
 * the file is {@code ;}-separated), finite, not negative.
 */
final class CsvNumber {
    private CsvNumber() {
    }

    static double parse(String file, int line, String column, String cell, boolean decimalComma) {
        String text = cell.trim();
        if (text.isEmpty()) {
            throw problem(file, line, column, "is empty; every used row needs a value (or set its status to something other than ok)");
        }
        double value;
        try {
            value = CsvNumbers.parse(text, decimalComma);
        } catch (NumberFormatException e) {
            throw problem(file, line, column, "'" + text + "' is not a number; " + howToWrite(text, decimalComma));
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw problem(file, line, column, "'" + text + "' is not a finite number");
        }
        if (value < 0) {
            throw problem(file, line, column, "'" + text + "' is negative; it must be zero or more");
        }
        return value;
    }

    private static String howToWrite(String text, boolean decimalComma) {
        if (decimalComma) {
            return "with --delimiter ';' write plain numbers with a decimal comma (2,5) and no thousands separator";
        }
        return "write plain numbers with a '.' decimal point" + (text.contains(",")
                ? " (or pass --delimiter ';' for a ';'-separated file with decimal commas)" : "");
    }

    static BadInputException problem(String file, int line, String column, String what) {
        return new BadInputException(file + ":" + line + ": column " + column + ": " + what);
    }
}
