package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Measurements drawn from a family with known parameters and seeded relative noise. */
final class SyntheticData {
    static final double GIB = 1024.0 * 1024.0 * 1024.0;

    private SyntheticData() {
    }

    static List<FitObservation> generate(ModelFamily family, double[] truth, double[] rttsMs, double[] memoriesGib,
            int repetitions, double relativeNoise, long seed) {
        Random random = new Random(seed);
        List<FitObservation> observations = new ArrayList<>();
        for (double rtt : rttsMs) {
            for (double gib : memoriesGib) {
                for (int r = 0; r < repetitions; r++) {
                    double exact = family.transferTimeS(truth, gib * GIB, rtt, 0);
                    double noisy = exact * (1 + relativeNoise * random.nextGaussian());
                    observations.add(new FitObservation(rtt, gib * GIB, noisy));
                }
            }
        }
        return observations;
    }
}
