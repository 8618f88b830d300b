package io.migcal.harness.lab.shell;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Time values as iproute2 parses ({@code 3ms}, {@code 2.5ms}, {@code 300us}, {@code 0.1s}) and prints them ({@code %.3g}). */
final class TcTime {
    private TcTime() {
    }

    /** Milliseconds of a tc time; throws IllegalArgumentException for anything else. */
    static double parseMs(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        String[][] units = {{"usec", "0.001"}, {"us", "0.001"}, {"msec", "1"}, {"ms", "1"}, {"sec", "1000"}, {"s", "1000"}};
        for (String[] unit : units) {
            if (t.endsWith(unit[0])) {
                return Double.parseDouble(t.substring(0, t.length() - unit[0].length())) * Double.parseDouble(unit[1]);
            }
        }
        return Double.parseDouble(t) / 1000; // a bare number is microseconds
    }

    static String format(double ms) {
        if (ms >= 1000) {
            return threeSignificant(ms / 1000) + "s";
        }
        if (ms >= 1) {
            return threeSignificant(ms) + "ms";
        }
        return threeSignificant(ms * 1000) + "us";
    }

    private static String threeSignificant(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
