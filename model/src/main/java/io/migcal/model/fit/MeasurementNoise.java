package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measurement noise estimated from repetitions: the pooled within-cell relative standard
 * deviation, sqrt(sum over cells of sum (t/mean - 1)^2 / sum over cells of (n - 1)), a cell being one
 * RTT level and one memory level. Cells with one row add nothing; with no repeated cell it is unknown.
 */
public record MeasurementNoise(double relativeSd, int degreesOfFreedom) {

    public static MeasurementNoise of(List<FitObservation> observations) {
        LevelGrouping rtts = LevelGrouping.of(observations.stream().mapToDouble(FitObservation::rttMs).toArray(), 0.5);
        LevelGrouping memories = LevelGrouping.of(
                observations.stream().mapToDouble(FitObservation::guestUsedBytes).toArray(), 1 << 20);
        Map<Long, double[]> cells = new HashMap<>();
        for (FitObservation o : observations) {
            long key = rtts.levelOf(o.rttMs()) * 100_000L + memories.levelOf(o.guestUsedBytes());
            double[] sums = cells.computeIfAbsent(key, k -> new double[3]);
            sums[0]++;
            sums[1] += o.transferTimeS();
            sums[2] += o.transferTimeS() * o.transferTimeS();
        }
        double squares = 0;
        int dof = 0;
        for (double[] s : cells.values()) {
            if (s[0] > 1) {
                double mean = s[1] / s[0];
                squares += Math.max(s[2] - s[0] * mean * mean, 0) / (mean * mean);
                dof += (int) s[0] - 1;
            }
        }
        return new MeasurementNoise(dof == 0 ? Double.NaN : Math.sqrt(squares / dof), dof);
    }

    public boolean known() {
        return degreesOfFreedom > 0;
    }

    /** In percent. */
    public double relativeSdPct() {
        return 100 * relativeSd;
    }
}
