package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.PathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The loss/queue-limited family (docs/fitting.md, "A path with a knee"): T = t0 + c*RTT + M/R with
 * R = min(B, Q/RTT * s^(-n/2)), B the rate the stream has without the queue (link or hypervisor cap),
 * Q the bytes the delay line lets through per RTT (limit x packet / data-direction share) and
 * s = B*RTT/Q the shortfall: how much more the stream has in flight than the line holds. While s <= 1
 * nothing is lost and R = B; past it a loss-based sender loses a burst per overflow that grows as s^n,
 * and Mathis (rate ~ MSS / (RTT sqrt(p))) turns that into B * s^-(1 + n/2): flat, then steeper than
 * 1/RTT. n = 0 is the plain saw-tooth (the queue's ceiling, falling like 1/RTT, as a window would).
 * There is no separate window term: past the knee the queue's law describes the fall, and one
 * parameter fewer is what lets two RTT levels beyond the knee pin Q and n.
 *
 * <p>Every parameter is kept physical: t0, c >= 0, rates and sizes > 0, -2 <= n <= 16 (between -2 and 0
 * the rate falls slower than 1/RTT past the knee, as for a sender that keeps a share of the queue;
 * n = -2 is flat; n is not pinned at 0, where a bound would stall the search). Q is fitted;
 * where rows recorded netem's queue limit, the search starts from the recorded Q (see {@link PathContext}).
 */
public final class QueueLossFamily implements ModelFamily {
    static final int T0 = 0;
    static final int RTT_COEFF = 1;
    static final int CAP = 2;
    static final int QUEUE = 3;
    static final int LOSS_EXPONENT = 4;
    private static final double MIB = 1024.0 * 1024.0;
    private static final double MIN_POSITIVE = 1e-9;
    private static final double MAX_LOSS_EXPONENT = 16;
    /** At -2 the rate stays flat past the knee; below, it would rise with the RTT, which no path does. */
    private static final double MIN_LOSS_EXPONENT = -2;

    @Override
    public String name() {
        return "queue-loss";
    }

    @Override
    public String formula() {
        return "T = t0 + c*RTT + M/R, R = min(B, Q/RTT * s^(-n/2)), s = B*RTT/Q";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec("t0_s", "s"), new ParameterSpec("rtt_coeff_s_per_ms", "s/ms"),
                new ParameterSpec("cap_mib_per_s", "MiB/s"), new ParameterSpec("queue_mib_per_rtt", "MiB"), new ParameterSpec("loss_exponent", "1"));
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
        return p[T0] + p[RTT_COEFF] * rttMs + guestUsedBytes / MIB / rateMibPerS(p, rttMs);
    }

    static double rateMibPerS(double[] p, double rttMs) {
        double rttS = rttMs / 1000.0;
        if (rttS <= 0) {
            return Math.max(p[CAP], MIN_POSITIVE);
        }
        double shortfall = p[CAP] * rttS / p[QUEUE];
        if (!(shortfall > 1)) {
            return Math.max(p[CAP], MIN_POSITIVE);
        }
        return Math.max(p[CAP] * Math.pow(shortfall, -(1 + p[LOSS_EXPONENT] / 2)), MIN_POSITIVE);
    }

    /**
     * Starts over the cap (from the lowest RTT's rates), the knee just before each
     * measured RTT level or at the recorded queue, and a gentle, a Mathis-like and a steep loss growth.
     */
    @Override
    public List<double[]> startingPoints(List<FitObservation> observations) {
        double minRtt = observations.stream().mapToDouble(FitObservation::rttMs).min().orElse(0);
        double cap = observations.stream().filter(o -> o.rttMs() <= minRtt + 0.5)
                .mapToDouble(o -> o.guestUsedBytes() / MIB / o.transferTimeS()).max().orElse(100);
        double[] rtts = observations.stream().mapToDouble(FitObservation::rttMs).filter(r -> r > 0).distinct().sorted()
                .toArray();
        List<Double> queues = new ArrayList<>();
        observations.stream().map(FitObservation::path).filter(PathContext::hasQueueLimit)
                .mapToDouble(c -> c.queueBytesPerRtt() / MIB).distinct().forEach(queues::add);
        for (double rtt : rtts) {
            queues.add(cap * rtt / 1000.0 * 0.9);
        }
        List<double[]> starts = new ArrayList<>();
        for (double queue : queues) {
            for (double exponent : new double[] {0, 2, 6}) {
                starts.add(new double[] {0.1, 0, cap, queue, exponent});
            }
        }
        return starts;
    }

    @Override
    public double[] clamp(double[] p) {
        double[] clamped = Arrays.copyOf(p, p.length);
        clamped[T0] = Math.max(clamped[T0], 0);
        clamped[RTT_COEFF] = Math.max(clamped[RTT_COEFF], 0);
        clamped[CAP] = Math.max(clamped[CAP], MIN_POSITIVE);
        clamped[QUEUE] = Math.max(clamped[QUEUE], MIN_POSITIVE);
        clamped[LOSS_EXPONENT] = Math.min(Math.max(clamped[LOSS_EXPONENT], MIN_LOSS_EXPONENT), MAX_LOSS_EXPONENT);
        return clamped;
    }
}
