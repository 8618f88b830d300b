package io.migcal.model.sim.scenario;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from (seed, run, purpose), so the RTTs, kinds, homes and gaps
 * of run r are the same whichever policy runs them (common random numbers) and whichever thread.
 */
public final class RunSeeds {
    public static final int RTT = 1;
    public static final int KINDS = 2;
    public static final int HOMES = 3;
    public static final int GAPS = 4;

    private RunSeeds() {
    }

    public static SplittableRandom stream(long seed, int run, int purpose) {
        return new SplittableRandom(mix(mix(mix(seed) ^ run) ^ (purpose * 0x9E3779B97F4A7C15L)));
    }

    /** The SplitMix64 finaliser: nearby inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An index drawn with probability proportional to {@code weights}. */
    public static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
