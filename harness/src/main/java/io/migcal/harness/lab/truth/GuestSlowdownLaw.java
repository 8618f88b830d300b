package io.migcal.harness.lab.truth;

/**
 * How much slower the guest's own work runs while its memory is copied (the lab's ground truth for
 * the progress meter; docs/virtual-lab.md). A fixed part for the migration thread and the copy
 * competing with the vCPU for the host, plus a part that grows with the share of the link the guest's
 * dirtying takes (each page it writes after a dirty-bitmap sync faults once more), saturating when
 * the guest dirties as fast as the link sends (pre-copy no longer converges).
 */
public final class GuestSlowdownLaw {
    /** Work-time factor of a guest that dirties nothing while it is migrated. */
    public static final double BASE_FACTOR = 1.10;
    /** What dirtying at the link's full rate adds on top. */
    public static final double DIRTY_FACTOR = 0.50;

    private GuestSlowdownLaw() {
    }

    /** The factor by which one unit of guest work takes longer during the memory copy; >= 1. */
    public static double factor(double dirtyRateBytesPerS, PathThroughput path) {
        double share = Math.min(1.0, Math.max(0.0, dirtyRateBytesPerS / path.effectiveBytesPerS()));
        return BASE_FACTOR + DIRTY_FACTOR * share;
    }
}
