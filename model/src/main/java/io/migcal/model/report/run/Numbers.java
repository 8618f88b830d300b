package io.migcal.model.report.run;

import java.util.Locale;

/** How the report writes numbers: three significant digits, Locale.ROOT, "n/a" for what is not known. */
final class Numbers {
    private Numbers() {
    }

    static String num(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3g", value) : "n/a";
    }

    static String gib(double gib) {
        return String.format(Locale.ROOT, "%.2f", gib);
    }

    static String pct(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%+.1f", value) : "n/a";
    }

    static String share(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }
}
