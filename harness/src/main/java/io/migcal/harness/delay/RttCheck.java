package io.migcal.harness.delay;

import java.util.Locale;

/** The RTT set against the RTT measured before a sample; NaN measured means no reply at all. */
public record RttCheck(double setRttMs, double measuredRttMs, double deviationMs, double allowedDeviationMs,
        boolean withinTolerance) {

    /** Why a sample is flagged, for the row's error column; empty when it is within tolerance. */
    public String flagReason() {
        if (withinTolerance) {
            return "";
        }
        if (Double.isNaN(measuredRttMs)) {
            return String.format(Locale.ROOT, "no ping reply before the sample (RTT set %.3f ms)", setRttMs);
        }
        return String.format(Locale.ROOT, "measured RTT %.3f ms is %.3f ms off the %.3f ms set (allowed %.3f ms)",
                measuredRttMs, Math.abs(deviationMs), setRttMs, allowedDeviationMs);
    }
}
