package io.migcal.model.plot;

import io.migcal.model.fit.LevelGrouping;
import io.migcal.model.measure.FitObservation;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One memory level's rows summarised per RTT level (RTTs within 0.5 ms are one level, as the fitter
 * groups them): the mean RTT, and the mean and standard deviation of a value over every row of the
 * level, what a figure draws when it cannot draw every row.
 */
record CellSummary(double[] rttMs, double[] mean, double[] sd) {

    static CellSummary of(List<FitObservation> rows, ToDoubleFunction<FitObservation> value) {
        LevelGrouping levels = LevelGrouping.of(rows.stream().mapToDouble(FitObservation::rttMs).toArray(), 0.5);
        int count = levels.count();
        double[] n = new double[count];
        double[] rttSum = new double[count];
        double[] mean = new double[count];
        double[] squares = new double[count];
        for (FitObservation row : rows) {
            int level = levels.levelOf(row.rttMs());
            double y = value.applyAsDouble(row);
            n[level]++;
            rttSum[level] += row.rttMs();
            double delta = y - mean[level];
            mean[level] += delta / n[level];
            squares[level] += delta * (y - mean[level]);
        }
        double[] rtt = new double[count];
        double[] sd = new double[count];
        for (int i = 0; i < count; i++) {
            rtt[i] = rttSum[i] / n[i];
            sd[i] = n[i] > 1 ? Math.sqrt(squares[i] / (n[i] - 1)) : 0;
        }
        return new CellSummary(rtt, mean, sd);
    }
}
