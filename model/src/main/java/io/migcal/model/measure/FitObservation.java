package io.migcal.model.measure;

/**
 * One completed migration as the fitter sees it. {@code dirtyRateBytesPerS} is {@code null} when the
 * file has no dirty-rate value for the row; {@code line} is the 1-based line in the source file, kept
 * so later messages can point back at it.
 */
public record FitObservation(
        double rttMs, double guestUsedBytes, double transferTimeS, Double dirtyRateBytesPerS, int line) {

    public FitObservation(double rttMs, double guestUsedBytes, double transferTimeS) {
        this(rttMs, guestUsedBytes, transferTimeS, null, 0);
    }
}
