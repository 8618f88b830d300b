package io.migcal.model.sim.run;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, sample standard deviation and Student-t 95 % confidence interval of the mean. With fewer
 * than two values the spread is unknown: sd and the interval are NaN (written as null).
 */
public record Summary(double mean, double sd, double ci95Low, double ci95High, int n) {

    public static Summary of(double[] values) {
        int n = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean = n == 0 ? Double.NaN : mean / n;
        if (n < 2) {
            return new Summary(mean, Double.NaN, Double.NaN, Double.NaN, n);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new Summary(mean, sd, mean - half, mean + half, n);
    }
}
