package io.migcal.model.measure;

import java.math.BigDecimal;
import java.util.Locale;

/** Formats one CSV cell: numbers in {@link Locale#ROOT} without exponent, text quoted when needed. */
public final class CsvCell {
    private CsvCell() {
    }

    public static String number(Number value) {
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

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = value.replace("\r", " ").replace("\n", " ");
        boolean needsQuotes = oneLine.contains(",") || oneLine.contains("\"") || oneLine.startsWith(" ")
                || oneLine.endsWith(" ");
        return needsQuotes ? '"' + oneLine.replace("\"", "\"\"") + '"' : oneLine;
    }
}
