package io.migcal.model.fit;

/**
 * Cross-validated error of one family under one scheme: {@code random} k-fold or {@code grouped_by_rtt}
 * (leave one RTT level out). Errors are pooled over all held-out observations; when a fold cannot be
 * fitted the errors are null and {@code unavailableReason} says why.
 */
public record CvResult(String scheme, int folds, Double mapePct, Double rmseS, String unavailableReason) {

    public static CvResult unavailable(String scheme, int folds, String reason) {
        return new CvResult(scheme, folds, null, null, reason);
    }

    public boolean available() {
        return mapePct != null;
    }
}
