package io.migcal.harness.lab.truth;

/**
 * How a loss-based sender fares behind the delay box's queue.
 *
 * <p>{@link #sawtooth()} (the default, calibrated on real QEMU runs): the sender always overflows the
 * delay line and keeps the Mathis share of its ceiling, so the rate falls like 1/RTT once the queue binds.
 *
 * <p>{@link #knee(double)}: the delay line drops nothing while it holds what the stream has in flight
 * over the one-way delay (the shortfall s = rate x delay / (limit x packet) is at most 1). Past that,
 * each overflow costs a burst of losses that grows as s^n (the more the path lacks, the more packets
 * are in flight beyond the queue when it overflows), so Mathis gives rate x s^-(1 + n/2): flat, then
 * steeper than 1/RTT. It is continuous at s = 1.
 *
 * @param knee true for the knee law
 * @param lossGrowthExponent n, how fast the losses per overflow grow with the shortfall (knee law only)
 */
public record QueueLossLaw(boolean knee, double lossGrowthExponent) {

    public QueueLossLaw {
        if (!(lossGrowthExponent >= 0)) {
            throw new IllegalArgumentException("loss growth exponent must be >= 0, got " + lossGrowthExponent);
        }
    }

    public static QueueLossLaw sawtooth() {
        return new QueueLossLaw(false, 0);
    }

    public static QueueLossLaw knee(double lossGrowthExponent) {
        return new QueueLossLaw(true, lossGrowthExponent);
    }

    /** The rate a loss-based sender keeps when it would send {@code unqueuedBytesPerS} and the queue lacks {@code shortfall}. */
    double kneeRate(double unqueuedBytesPerS, double shortfall) {
        return shortfall <= 1 ? Double.POSITIVE_INFINITY
                : unqueuedBytesPerS * Math.pow(shortfall, -(1 + lossGrowthExponent / 2));
    }
}
