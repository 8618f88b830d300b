package io.migcal.model.measure;

import io.migcal.model.BadInputException;

/** Parses one numeric cell strictly: not empty, a plain number with '.' decimals, finite, not negative. */
final class CsvNumber {
    private CsvNumber() {
    }

    static double parse(String file, int line, String column, String cell) {
        String text = cell.trim();
        if (text.isEmpty()) {
            throw problem(file, line, column, "is empty; every used row needs a value (or set its status to something other than ok)");
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw problem(file, line, column, "'" + text + "' is not a number; write plain numbers with a '.' decimal point");
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw problem(file, line, column, "'" + text + "' is not a finite number");
        }
        if (value < 0) {
            throw problem(file, line, column, "'" + text + "' is negative; it must be zero or more");
        }
        return value;
    }

    static BadInputException problem(String file, int line, String column, String what) {
        return new BadInputException(file + ":" + line + ": column " + column + ": " + what);
    }
}
