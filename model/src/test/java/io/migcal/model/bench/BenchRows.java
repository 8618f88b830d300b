package io.migcal.model.bench;

import io.migcal.model.fit.WindowCapFamily;
import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The fit benchmark's data: {@code rows} migrations spread evenly over the same 18 cells (RTT 0, 5, 10,
 * 20, 30, 40 ms x 0.5, 1, 2 GiB), times from window-cap (t0 0.3 s, 0.01 s/ms, cap 120 MiB/s, window
 * 2 MiB) with 3 % Gaussian noise, seeded, so every size is the same lab repeated more often.
 */
final class BenchRows {
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;
    private static final double[] RTTS_MS = {0, 5, 10, 20, 30, 40};
    private static final double[] MEMORIES_GIB = {0.5, 1, 2};
    private static final double[] TRUTH = {0.3, 0.01, 120, 2};
    private static final long SEED = 20_260_101L;

    private BenchRows() {
    }

    static MeasurementData of(int rows) {
        WindowCapFamily family = WindowCapFamily.windowCap();
        Random random = new Random(SEED);
        List<FitObservation> observations = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int cell = i % (RTTS_MS.length * MEMORIES_GIB.length);
            double rttMs = RTTS_MS[cell / MEMORIES_GIB.length];
            double memoryBytes = MEMORIES_GIB[cell % MEMORIES_GIB.length] * GIB;
            double exactS = family.transferTimeS(TRUTH, memoryBytes, rttMs, 0);
            observations.add(new FitObservation(rttMs, memoryBytes, exactS * (1 + 0.03 * random.nextGaussian()), null,
                    i + 2));
        }
        return new MeasurementData("bench-" + rows + "-rows", "0", observations, 0, "rtt_set_ms");
    }
}
