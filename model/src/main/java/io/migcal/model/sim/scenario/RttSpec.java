package io.migcal.model.sim.scenario;

import java.util.List;

/** How the RTT between two sites is set. Servers of one site are {@code intraSiteMs} apart. */
public sealed interface RttSpec {

    double intraSiteMs();

    /** An explicit symmetric matrix, site by site, in milliseconds. */
    record Matrix(List<List<Double>> ms, double intraSiteMs) implements RttSpec {
        public Matrix {
            ms = ms.stream().map(List::copyOf).toList();
        }
    }

    /** RTT = distance between the sites' positions x {@code msPerUnit}. */
    record Proportional(double msPerUnit, double intraSiteMs) implements RttSpec {
    }

    /**
     * Drawn per run from candidate values with weights. With {@code byDistance}, the paper's
     * Table 4: pairs are ranked by distance onto the candidate list (nearest pair to the first
     * candidate, farthest to the last) and each weight is multiplied by a Gaussian of width
     * {@code spread} (in candidate steps) around that rank, so RTT grows with distance but stays random.
     */
    record Draw(List<Double> candidatesMs, List<Double> weights, boolean byDistance, double spread,
            double intraSiteMs) implements RttSpec {
        public Draw {
            candidatesMs = List.copyOf(candidatesMs);
            weights = List.copyOf(weights);
        }
    }
}
