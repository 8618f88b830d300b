package io.migcal.model.fit;

import java.util.Locale;

/**
 * How residuals are measured. Migration-time noise grows with the time itself (a 4 s migration
 * varies by more seconds than a 2 s one), so the physical families fit relative residuals; the plain
 * least-squares baselines fit absolute ones.
 */
public enum ResidualScale {
    /** Residual = (measured - predicted) / measured; noise sigma is a fraction of the predicted time. */
    RELATIVE,
    /** Residual = measured - predicted, in seconds; noise sigma is in seconds. */
    ABSOLUTE;

    /** The scale of a residual at a time of {@code transferTimeS}. */
    double scaleAt(double transferTimeS) {
        return this == RELATIVE ? transferTimeS : 1.0;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
