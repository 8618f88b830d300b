package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The shape-free family (docs/fitting.md, "A network no formula describes"): T = a(RTT) + M*g(RTT),
 * where a (set-up time, s) and g (seconds per GiB, the inverse of the throughput) are monotone cubics
 * ({@link MonotoneCubic}) through one value per measured RTT level, the knots. g is non-decreasing in
 * RTT (a longer path never moves memory faster): its parameters are g at the first knot and the rises
 * to each next one, kept >= 0. Every value is physical: a >= 0, g > 0.
 *
 * <p>It interpolates between measured RTT levels and nothing more: past the end levels it continues
 * along the end interval (predictions there are flagged as extrapolated, as every family's are), and it
 * is judged on interior RTT levels only ({@link #interpolatesOnly()}). The catalog holds it without
 * knots; {@link #forCells} puts them at the RTT levels of the data it is fitted on.
 */
public final class ShapeFreeFamily implements ModelFamily {
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;
    private static final double MIN_SLOPE_S_PER_GIB = 1e-9;
    private final double[] knotsMs;

    public ShapeFreeFamily() {
        this(new double[0]);
    }

    private ShapeFreeFamily(double[] knotsMs) {
        this.knotsMs = knotsMs.clone();
    }

    @Override
    public String name() {
        return "shape-free";
    }

    @Override
    public String formula() {
        return "T = a(RTT) + M*g(RTT), a and g monotone cubics (PCHIP) through one value per RTT level, "
                + "g non-decreasing; linear past the end levels";
    }

    @Override
    public List<ParameterSpec> parameters() {
        requireKnots();
        List<ParameterSpec> specs = new ArrayList<>();
        for (double knot : knotsMs) {
            specs.add(new ParameterSpec("intercept_s_at_" + label(knot) + "ms", "s"));
        }
        specs.add(new ParameterSpec("slope_s_per_gib_at_" + label(knotsMs[0]) + "ms", "s/GiB"));
        for (int k = 1; k < knotsMs.length; k++) {
            specs.add(new ParameterSpec("slope_rise_s_per_gib_to_" + label(knotsMs[k]) + "ms", "s/GiB"));
        }
        return specs;
    }

    @Override
    public ResidualScale residualScale() {
        return ResidualScale.RELATIVE;
    }

    @Override
    public boolean needsDirtyRate() {
        return false;
    }

    @Override
    public double transferTimeS(double[] p, double guestUsedBytes, double rttMs, double dirtyRateBytesPerS) {
        requireKnots();
        int k = knotsMs.length;
        double[] slopes = new double[k];
        slopes[0] = p[k];
        for (int i = 1; i < k; i++) {
            slopes[i] = slopes[i - 1] + p[k + i];
        }
        double intercept = new MonotoneCubic(knotsMs, Arrays.copyOf(p, k)).at(rttMs);
        double slope = new MonotoneCubic(knotsMs, slopes).at(rttMs);
        return Math.max(intercept, 0) + guestUsedBytes / GIB * Math.max(slope, MIN_SLOPE_S_PER_GIB);
    }

    /** From single rows (or cells taken as rows): weight 1/T^2 around T, the relative residual of a row. */
    @Override
    public List<double[]> startingPoints(List<FitObservation> observations) {
        double[] weights = observations.stream().mapToDouble(o -> 1 / (o.transferTimeS() * o.transferTimeS())).toArray();
        double[] centres = observations.stream().mapToDouble(FitObservation::transferTimeS).toArray();
        return startingPoints(observations, weights, centres);
    }

    /** The exact constrained optimum where cells sit at the knots ({@link ShapeFreeStart}). */
    @Override
    public List<double[]> startingPoints(List<FitObservation> cells, double[] weightSquared, double[] centreS) {
        LevelGrouping levels = levels(cells);
        double[][] start = ShapeFreeStart.solve(cells, weightSquared, centreS, knotsMs.length, levels::levelOf,
                MIN_SLOPE_S_PER_GIB);
        int k = knotsMs.length;
        double[] p = new double[2 * k];
        System.arraycopy(start[0], 0, p, 0, k);
        p[k] = start[1][0];
        for (int i = 1; i < k; i++) {
            p[k + i] = start[1][i] - start[1][i - 1];
        }
        return List.of(clamp(p));
    }

    @Override
    public double[] clamp(double[] p) {
        int k = knotsMs.length;
        double[] clamped = p.clone();
        for (int i = 0; i < k; i++) {
            clamped[i] = Math.max(clamped[i], 0);
            clamped[k + i] = Math.max(clamped[k + i], i == 0 ? MIN_SLOPE_S_PER_GIB : 0);
        }
        return clamped;
    }

    @Override
    public ModelFamily forCells(List<FitObservation> cells) {
        LevelGrouping levels = levels(cells);
        double[] sums = new double[levels.count()];
        int[] counts = new int[levels.count()];
        for (FitObservation o : cells) {
            sums[levels.levelOf(o.rttMs())] += o.rttMs();
            counts[levels.levelOf(o.rttMs())]++;
        }
        double[] knots = new double[levels.count()];
        for (int i = 0; i < knots.length; i++) {
            knots[i] = sums[i] / counts[i];
        }
        return new ShapeFreeFamily(knots);
    }

    @Override
    public double[] knotsRttMs() {
        return knotsMs.clone();
    }

    @Override
    public ModelFamily withKnots(double[] knotsRttMs) {
        for (int i = 1; i < knotsRttMs.length; i++) {
            if (!(knotsRttMs[i] > knotsRttMs[i - 1])) {
                throw new IllegalArgumentException("knots must increase, got " + Arrays.toString(knotsRttMs));
            }
        }
        return new ShapeFreeFamily(knotsRttMs);
    }

    @Override
    public boolean interpolatesOnly() {
        return true;
    }

    private static LevelGrouping levels(List<FitObservation> observations) {
        return LevelGrouping.of(observations.stream().mapToDouble(FitObservation::rttMs).toArray(), 0.5);
    }

    private void requireKnots() {
        if (knotsMs.length == 0) {
            throw new IllegalStateException("the shape-free family has no knots before it is fitted (forCells)");
        }
    }

    private static String label(double knotMs) {
        return knotMs == Math.rint(knotMs) ? String.valueOf((long) knotMs)
                : String.format(Locale.ROOT, "%.2f", knotMs);
    }
}
