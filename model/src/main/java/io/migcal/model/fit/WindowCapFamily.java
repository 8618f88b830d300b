package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.Arrays;
import java.util.List;

/**
 * The physically motivated family: T = t0 + c*RTT + M / min(B, W/RTT). The stream is limited either by
 * the link or the hypervisor's rate cap B, or by the TCP window W over the round trip; t0 and c are the
 * fixed and per-RTT overheads (setup, slow start, the final round trips). With a dirty rate it becomes
 * the pre-copy series: each round re-sends what was dirtied during the previous one, so the memory sent
 * is M * (1 + lambda + lambda^2 + ...) = M / (1 - lambda), lambda = dirty rate / throughput.
 */
public final class WindowCapFamily implements ModelFamily {
    static final int T0 = 0;
    static final int RTT_COEFF = 1;
    static final int CAP = 2;
    static final int WINDOW = 3;
    static final int EXTRA_MEMORY = 4;
    /** Beyond this re-send ratio pre-copy does not converge; the series is cut there to keep the search finite. */
    private static final double MAX_LAMBDA = 0.99;
    private static final double MIB = 1024.0 * 1024.0;
    private static final double MIN_THROUGHPUT = 1e-9;

    /** Exponent of the smooth minimum: 4 keeps the knee within about 20 % of the hard one. */
    private static final double SMOOTH_EXPONENT = 4;

    private final String name;
    private final ResidualScale residualScale;
    private final boolean precopy;
    private final boolean smooth;
    private final boolean extraMemory;

    private WindowCapFamily(String name, ResidualScale residualScale, boolean precopy, boolean smooth,
            boolean extraMemory) {
        this.name = name;
        this.residualScale = residualScale;
        this.precopy = precopy;
        this.smooth = smooth;
        this.extraMemory = extraMemory;
    }

    /** The default physical family, fitted on relative residuals. */
    public static WindowCapFamily windowCap() {
        return new WindowCapFamily("window-cap", ResidualScale.RELATIVE, false, false, false);
    }

    /** The same formula fitted by plain least squares in seconds: the baseline the others must beat. */
    public static WindowCapFamily windowCapPlainLeastSquares() {
        return new WindowCapFamily("window-cap-ls", ResidualScale.ABSOLUTE, false, false, false);
    }

    /**
     * The pre-copy series with a dirty rate, for data with a dirty_rate_bytes_per_s column. No migcal
     * sweep fills that column yet: the dirty-rate axis (a dirtying guest load per sample) is issue 13.
     */
    public static WindowCapFamily precopy() {
        return new WindowCapFamily("precopy", ResidualScale.RELATIVE, true, false, false);
    }

    /**
     * The same physics with a smooth knee, R = (B^-4 + (RTT/W)^4)^(-1/4): TCP does not switch from
     * cap-bound to window-bound at one RTT, and a smooth function is kinder to Levenberg-Marquardt.
     */
    public static WindowCapFamily windowCapSmooth() {
        return new WindowCapFamily("window-cap-smooth", ResidualScale.RELATIVE, false, true, false);
    }

    /**
     * With a constant extra memory term m0 (MiB): a real guest moves its kernel and page cache too (QEMU
     * moves about 110 MB more than a fill). Separable from t0 only when some observations are window-bound.
     */
    public static WindowCapFamily windowCapWithExtraMemory() {
        return new WindowCapFamily("window-cap-offset", ResidualScale.RELATIVE, false, false, true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String formula() {
        String memory = precopy ? "M/(1-D/R)" : extraMemory ? "(M+m0)" : "M";
        String rate = smooth ? "R = (B^-4 + (RTT/W)^4)^(-1/4)" : "R = min(B, W/RTT)";
        return "T = t0 + c*RTT + " + memory + "/R, " + rate;
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> base = List.of(new ParameterSpec("t0_s", "s"), new ParameterSpec("rtt_coeff_s_per_ms", "s/ms"),
                new ParameterSpec("cap_mib_per_s", "MiB/s"), new ParameterSpec("window_mib", "MiB"));
        if (!extraMemory) {
            return base;
        }
        List<ParameterSpec> all = new java.util.ArrayList<>(base);
        all.add(new ParameterSpec("extra_memory_mib", "MiB"));
        return List.copyOf(all);
    }

    @Override
    public ResidualScale residualScale() {
        return residualScale;
    }

    @Override
    public boolean needsDirtyRate() {
        return precopy;
    }

    @Override
    public double transferTimeS(double[] p, double guestUsedBytes, double rttMs, double dirtyRateBytesPerS) {
        double throughput = throughputMibPerS(p, rttMs);
        double memoryMib = guestUsedBytes / MIB + (extraMemory ? p[EXTRA_MEMORY] : 0);
        if (precopy) {
            double lambda = Math.min(dirtyRateBytesPerS / MIB / throughput, MAX_LAMBDA);
            memoryMib /= 1 - lambda;
        }
        return p[T0] + p[RTT_COEFF] * rttMs + memoryMib / throughput;
    }

    /**
     * The dirty rate at which the pre-copy series stops converging at this RTT: the rate the stream
     * sends at (the re-send ratio reaches 1), in bytes per second.
     */
    double nonConvergenceDirtyRateBytesPerS(double[] p, double rttMs) {
        return throughputMibPerS(p, rttMs) * MIB;
    }

    private double throughputMibPerS(double[] p, double rttMs) {
        double windowLimit = rttMs <= 0 ? Double.POSITIVE_INFINITY : p[WINDOW] / (rttMs / 1000.0);
        if (smooth && Double.isFinite(windowLimit) && Double.isFinite(p[CAP])) {
            double inverse = Math.pow(Math.pow(1 / p[CAP], SMOOTH_EXPONENT) + Math.pow(1 / windowLimit, SMOOTH_EXPONENT),
                    1 / SMOOTH_EXPONENT);
            return Math.max(1 / inverse, MIN_THROUGHPUT);
        }
        return Math.max(Math.min(p[CAP], windowLimit), MIN_THROUGHPUT);
    }

    @Override
    public List<double[]> startingPoints(List<FitObservation> observations) {
        List<double[]> grid = ThroughputStartGrid.of(observations);
        return extraMemory ? grid.stream().map(start -> Arrays.copyOf(start, start.length + 1)).toList() : grid;
    }

    @Override
    public int[] limitsThatMayNotBind() {
        return new int[] {CAP, WINDOW};
    }

    @Override
    public boolean binds(int index, double[] p, FitObservation o) {
        double windowLimit = o.rttMs() <= 0 ? Double.POSITIVE_INFINITY : p[WINDOW] / (o.rttMs() / 1000.0);
        // a smooth knee feels a limit up to a few times above the other one
        double reach = smooth ? 3 : 1;
        return index == WINDOW ? windowLimit < reach * p[CAP] : p[CAP] <= reach * windowLimit;
    }

    @Override
    public double lowerBoundWhenUnbound(int index, double[] p, List<FitObservation> observations) {
        if (index == WINDOW) {
            double maxRtt = observations.stream().mapToDouble(FitObservation::rttMs).max().orElse(0);
            return p[CAP] * maxRtt / 1000.0;
        }
        return observations.stream().filter(o -> o.rttMs() > 0)
                .mapToDouble(o -> p[WINDOW] / (o.rttMs() / 1000.0)).min().orElse(0);
    }

    @Override
    public double[] clamp(double[] p) {
        double[] clamped = Arrays.copyOf(p, p.length);
        clamped[CAP] = Math.max(clamped[CAP], MIN_THROUGHPUT);
        clamped[WINDOW] = Math.max(clamped[WINDOW], MIN_THROUGHPUT);
        return clamped;
    }
}
