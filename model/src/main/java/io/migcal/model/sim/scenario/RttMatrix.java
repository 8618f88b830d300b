package io.migcal.model.sim.scenario;

import java.util.List;
import java.util.SplittableRandom;

/** Turns an {@link RttSpec} into one run's site-by-site RTT matrix (row-major, milliseconds). */
final class RttMatrix {
    private RttMatrix() {
    }

    static double[] of(Scenario scenario, SplittableRandom random) {
        List<Scenario.Site> sites = scenario.sites();
        int n = sites.size();
        double[] ms = new double[n * n];
        RttSpec spec = scenario.rtt();
        double[] distance = distances(sites);
        double minD = Double.POSITIVE_INFINITY;
        double maxD = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                minD = Math.min(minD, distance[a * n + b]);
                maxD = Math.max(maxD, distance[a * n + b]);
            }
        }
        for (int a = 0; a < n; a++) {
            ms[a * n + a] = spec.intraSiteMs();
            for (int b = a + 1; b < n; b++) {
                double value;
                if (spec instanceof RttSpec.Matrix m) {
                    value = m.ms().get(a).get(b);
                } else if (spec instanceof RttSpec.Proportional p) {
                    value = distance[a * n + b] * p.msPerUnit();
                } else {
                    RttSpec.Draw d = (RttSpec.Draw) spec;
                    value = draw(d, random, rank(distance[a * n + b], minD, maxD, d));
                }
                ms[a * n + b] = value;
                ms[b * n + a] = value;
            }
        }
        return ms;
    }

    private static double[] distances(List<Scenario.Site> sites) {
        int n = sites.size();
        double[] d = new double[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                d[a * n + b] = Math.abs(sites.get(a).position() - sites.get(b).position());
            }
        }
        return d;
    }

    private static double rank(double distance, double minD, double maxD, RttSpec.Draw d) {
        int last = d.candidatesMs().size() - 1;
        return maxD > minD ? (distance - minD) / (maxD - minD) * last : 0;
    }

    private static double draw(RttSpec.Draw d, SplittableRandom random, double rank) {
        int k = d.candidatesMs().size();
        double[] weights = new double[k];
        for (int i = 0; i < k; i++) {
            double shape = d.byDistance() ? Math.exp(-(i - rank) * (i - rank) / (2 * d.spread() * d.spread())) : 1;
            weights[i] = d.weights().get(i) * shape;
        }
        return d.candidatesMs().get(RunSeeds.weighted(random, weights));
    }
}
