package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.List;

/**
 * The empirical family: T = b0 + b1*M + b2*RTT + b3*M*RTT, ordinary least squares in seconds. It knows
 * no physics, so it cannot bend where the TCP window starts to bind; it is the yardstick that tells
 * whether the physical families earn their keep.
 */
public final class LinearInteractionFamily implements ModelFamily {
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;

    @Override
    public String name() {
        return "linear";
    }

    @Override
    public String formula() {
        return "T = b0 + b1*M + b2*RTT + b3*M*RTT";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec("intercept_s", "s"), new ParameterSpec("memory_coeff_s_per_gib", "s/GiB"),
                new ParameterSpec("rtt_coeff_s_per_ms", "s/ms"),
                new ParameterSpec("interaction_s_per_gib_ms", "s/(GiB*ms)"));
    }

    @Override
    public ResidualScale residualScale() {
        return ResidualScale.ABSOLUTE;
    }

    @Override
    public boolean needsDirtyRate() {
        return false;
    }

    @Override
    public double transferTimeS(double[] p, double guestUsedBytes, double rttMs, double dirtyRateBytesPerS) {
        double memoryGib = guestUsedBytes / GIB;
        return p[0] + p[1] * memoryGib + p[2] * rttMs + p[3] * memoryGib * rttMs;
    }

    @Override
    public List<double[]> startingPoints(List<FitObservation> observations) {
        double meanTimeS = observations.stream().mapToDouble(FitObservation::transferTimeS).average().orElse(1);
        return List.<double[]>of(new double[] {meanTimeS, 0, 0, 0});
    }
}
