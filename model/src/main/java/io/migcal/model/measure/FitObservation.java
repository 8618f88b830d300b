package io.migcal.model.measure;

/**
 * One completed migration as the fitter sees it. {@code dirtyRateBytesPerS} is {@code null} when the
 * file has no dirty-rate value for the row; {@code line} is the 1-based line in the source file, kept
 * so later messages can point back at it. {@code path} is what the row recorded about the delay box
 * and the sender ({@link PathContext#UNKNOWN} when nothing): a model input like RTT and memory, so
 * whatever groups rows by their inputs must keep it.
 */
public record FitObservation(
        double rttMs, double guestUsedBytes, double transferTimeS, Double dirtyRateBytesPerS, int line,
        PathContext path) {

    public FitObservation {
        path = path == null ? PathContext.UNKNOWN : path;
    }

    public FitObservation(double rttMs, double guestUsedBytes, double transferTimeS, Double dirtyRateBytesPerS,
            int line) {
        this(rttMs, guestUsedBytes, transferTimeS, dirtyRateBytesPerS, line, PathContext.UNKNOWN);
    }

    public FitObservation(double rttMs, double guestUsedBytes, double transferTimeS) {
        this(rttMs, guestUsedBytes, transferTimeS, null, 0);
    }
}
