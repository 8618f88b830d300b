package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.List;

/**
 * Starting points for the window/cap families: a grid over the cap B and the window W, so that every
 * split of the data into cap-bound and window-bound observations is tried. Levenberg-Marquardt cannot
 * move a kink across data points on its own (the gradient of min() ignores the other branch).
 */
final class ThroughputStartGrid {
    private static final double MIB = 1024.0 * 1024.0;

    private ThroughputStartGrid() {
    }

    static List<double[]> of(List<FitObservation> observations) {
        double minRtt = observations.stream().mapToDouble(FitObservation::rttMs).min().orElse(0);
        double[] rates = observations.stream().filter(o -> o.rttMs() <= minRtt)
                .mapToDouble(o -> o.guestUsedBytes() / MIB / o.transferTimeS()).sorted().toArray();
        double capGuess = rates.length == 0 ? 100 : rates[rates.length / 2];
        double[] rtts = observations.stream().mapToDouble(FitObservation::rttMs).filter(r -> r > 0)
                .distinct().sorted().toArray();
        double maxRtt = rtts.length == 0 ? 1 : rtts[rtts.length - 1];
        List<double[]> starts = new ArrayList<>();
        for (double capFactor : new double[] {0.7, 1.0, 1.5}) {
            double cap = capGuess * capFactor;
            starts.add(new double[] {0, 0, cap, cap * maxRtt / 1000.0 * 10});
            for (double rtt : rtts) {
                for (double windowFactor : new double[] {0.5, 1.0, 2.0}) {
                    starts.add(new double[] {0, 0, cap, cap * rtt / 1000.0 * windowFactor});
                }
            }
        }
        return starts;
    }
}
