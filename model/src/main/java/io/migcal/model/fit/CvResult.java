package io.migcal.model.fit;

/**
 * Cross-validated error of one family under one scheme: {@code random} k-fold or {@code grouped_by_rtt}
 * (leave one RTT level out). Errors are pooled over all held-out observations; when a fold cannot be
 * fitted the errors are null and {@code unavailableReason} says why. {@code interiorMapePct} is the
 * leave-one-RTT-level-out MAPE over the interior levels only (every level but the lowest and the
 * highest; null for random k-fold): the levels a family that only interpolates can be judged on, and
 * on which {@code auto} compares it with the formulas. For such a family ({@code interiorOnly}) the
 * end levels are not scored at all and {@code mapePct} is the interior one.
 */
public record CvResult(String scheme, int folds, Double mapePct, Double rmseS, Double interiorMapePct,
        boolean interiorOnly, String unavailableReason) {

    public static CvResult unavailable(String scheme, int folds, String reason) {
        return new CvResult(scheme, folds, null, null, null, false, reason);
    }

    public boolean available() {
        return mapePct != null;
    }
}
