package io.migcal.model.csv;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as CSV text: written in {@link Locale#ROOT} without exponent, read with a '.' or (if asked) ',' mark. */
public final class CsvNumbers {
    private CsvNumbers() {
    }

    /** The cell for a number; {@code null}, NaN and infinities are empty cells ("not measured"). */
    public static String format(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%d", value.longValue());
    }

    /**
     * Parses trimmed cell text. With {@code decimalComma} the decimal mark is ',' and a '.' is refused,
     * because next to a comma mark a '.' groups thousands and would silently change the value.
     *
     * @throws NumberFormatException when the text is not such a number
     */
    public static double parse(String text, boolean decimalComma) {
        if (!decimalComma) {
            return Double.parseDouble(text);
        }
        if (text.indexOf('.') >= 0) {
            throw new NumberFormatException("a '.' next to decimal commas: " + text);
        }
        return Double.parseDouble(text.replace(',', '.'));
    }
}
