package io.migcal.harness.lab.truth;

import java.util.SplittableRandom;

/**
 * Run-to-run noise: each migration's durations are multiplied by a log-normal factor with median 1
 * and log-standard-deviation {@code sigma}, drawn from {@code seed} and the run's index so the same
 * lab seed gives the same sequence of durations.
 */
public record NoiseModel(double sigma, long seed) {

    public NoiseModel {
        if (sigma < 0 || Double.isNaN(sigma)) {
            throw new IllegalArgumentException("noise sigma must be >= 0, got " + sigma);
        }
    }

    /** The factor for the {@code runIndex}-th migration (0-based). */
    public double factor(long runIndex) {
        if (sigma == 0) {
            return 1.0;
        }
        double z = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (runIndex + 1))).nextGaussian();
        return Math.exp(sigma * z);
    }
}
