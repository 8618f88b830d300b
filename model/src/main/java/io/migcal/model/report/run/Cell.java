package io.migcal.model.report.run;

import io.migcal.model.fit.LevelGrouping;
import io.migcal.model.fit.Prediction;
import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One cell of the sweep's grid (a RAM level at one RTT): its measured transfer times and what the
 * model predicts there, at the cell's own mean guest memory and RTT.
 */
record Cell(RamLevel level, double rttMs, List<FitObservation> observations, Optional<Prediction> predicted) {
    private static final double RTT_TOLERANCE_MS = 0.5;

    Cell {
        observations = List.copyOf(observations);
    }

    int n() {
        return observations.size();
    }

    double meanS() {
        return observations.stream().mapToDouble(FitObservation::transferTimeS).average().orElse(Double.NaN);
    }

    /** Sample standard deviation; NaN for a single measurement. */
    double sdS() {
        if (n() < 2) {
            return Double.NaN;
        }
        double mean = meanS();
        double squares = observations.stream().mapToDouble(o -> (o.transferTimeS() - mean) * (o.transferTimeS() - mean))
                .sum();
        return Math.sqrt(squares / (n() - 1));
    }

    /** (predicted - measured mean) / measured mean, in percent; NaN without a model. */
    double errorPct() {
        return predicted.map(p -> 100 * (p.transferTimeS() - meanS()) / meanS()).orElse(Double.NaN);
    }

    /**
     * The cells of one level, by RTT. Preset RTTs ({@code rtt_set_ms}) are exact; measured RTTs are
     * grouped within half a millisecond.
     */
    static List<Cell> of(RamLevel level, boolean presetRtt, Optional<? extends TransferTimePredictor> model) {
        TreeMap<Double, List<FitObservation>> byRtt = new TreeMap<>();
        double[] rtts = level.observations().stream().mapToDouble(FitObservation::rttMs).toArray();
        LevelGrouping grouping = LevelGrouping.of(rtts, RTT_TOLERANCE_MS);
        for (FitObservation o : level.observations()) {
            double key = presetRtt ? o.rttMs() : grouping.levelOf(o.rttMs());
            byRtt.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
        }
        List<Cell> cells = new ArrayList<>();
        for (List<FitObservation> group : byRtt.values()) {
            double rtt = group.stream().mapToDouble(FitObservation::rttMs).average().orElseThrow();
            double used = group.stream().mapToDouble(FitObservation::guestUsedBytes).average().orElseThrow();
            cells.add(new Cell(level, rtt, group, model.map(m -> m.predict(used, rtt))));
        }
        return cells;
    }
}
