package io.migcal.model.sim.calibrate;

import java.util.Locale;

/**
 * The settings the paper leaves unstated, chosen for each preset on its own: the three workloads' durations
 * and RAM usage, the start interval, the memory threshold (a fraction of server memory), the
 * weights of the RTT draw over {6, 10, 20, 30} ms, its spread along the line (Table 4), and the
 * skew of the home-site draw, the weights of the three workload kinds, and whether a VM waits
 * for its allocation or only for the RAM it uses (coordinate 17 counting from 0, read as a switch at 0.5), and
 * whether home sites are drawn at random (with the skew) or taken in turn (coordinate 18, a switch).
 */
public record PaperParameters(double[] durationMin, double[] ramGib, double intervalMin, double thresholdFraction,
        double[] rttWeights, double rttSpread, double homeSkew, double[] kindWeights, boolean admitByRamUsage,
        boolean homeRoundRobin) {

    static final int DIMENSIONS = 19;
    /** The coordinate of the RTT spread along the line, which only paper-2019 uses. */
    static final int SPREAD = 12;
    static final double[] LOW = {20, 40, 60, 0.1, 0.2, 0.3, 2, 0.05, 0.02, 0.02, 0.02, 0.02, 0.3, 0.05, 0.05, 0.05, 0.05, 0, 0};
    static final double[] HIGH = {300, 600, 1200, 1.2, 1.6, 2.0, 60, 0.90, 1, 1, 1, 1, 2.0, 1.0, 1, 1, 1, 1, 1};

    /** From a point of the unit cube: each coordinate is clamped, then scaled between LOW and HIGH. */
    static PaperParameters fromUnit(double[] unit) {
        double[] x = new double[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            double u = Math.max(0, Math.min(1, unit[i]));
            x[i] = LOW[i] + u * (HIGH[i] - LOW[i]);
        }
        double[] durations = sorted(x[0], x[1], x[2]);
        double[] ram = sorted(x[3], x[4], x[5]);
        return new PaperParameters(round(durations, 1), round(ram, 3), round1(x[6]), round3(x[7]),
                round(new double[] {x[8], x[9], x[10], x[11]}, 3), round3(x[12]), round3(x[13]),
                round(new double[] {x[14], x[15], x[16]}, 3), x[17] >= 0.5, x[18] >= 0.5);
    }

    /**
     * The unit-cube point of raw values in the order durations, RAM, interval, threshold, RTT weights,
     * spread, skew, kind weights, admission switch, home-site switch (missing trailing switches are 0).
     */
    static double[] toUnit(double[] raw) {
        double[] unit = new double[DIMENSIONS];
        for (int i = 0; i < Math.min(raw.length, DIMENSIONS); i++) {
            unit[i] = (raw[i] - LOW[i]) / (HIGH[i] - LOW[i]);
        }
        return unit;
    }

    /** The raw values in the order {@link #toUnit} reads, so a preset's parameters can be fed back. */
    public double[] raw() {
        return new double[] {durationMin[0], durationMin[1], durationMin[2], ramGib[0], ramGib[1], ramGib[2],
            intervalMin, thresholdFraction, rttWeights[0], rttWeights[1], rttWeights[2], rttWeights[3], rttSpread,
            homeSkew, kindWeights[0], kindWeights[1], kindWeights[2], admitByRamUsage ? 1 : 0, homeRoundRobin ? 1 : 0};
    }

    private static double[] sorted(double a, double b, double c) {
        double[] v = {a, b, c};
        java.util.Arrays.sort(v);
        return v;
    }

    /** Rounded so the preset files show exactly what was simulated. */
    private static double[] round(double[] v, int digits) {
        double scale = Math.pow(10, digits);
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.round(v[i] * scale) / scale;
        }
        return r;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    public String describe() {
        return String.format(Locale.ROOT,
                "durations %s min, RAM %s GiB, kind weights %s, interval %.1f min, threshold %.3f, RTT weights %s, spread %.3f, home skew %.3f, admission by RAM usage %s, home sites in turn %s",
                java.util.Arrays.toString(durationMin), java.util.Arrays.toString(ramGib), java.util.Arrays.toString(kindWeights), intervalMin,
                thresholdFraction, java.util.Arrays.toString(rttWeights), rttSpread, homeSkew, admitByRamUsage, homeRoundRobin);
    }
}
