package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementData;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Starts, folds and families run in parallel; what is written must not depend on how many threads ran them. */
class ThreadCountTest {

    @Test
    void oneThreadAndFourThreadsWriteTheSameModelFile() throws Exception {
        List<FitObservation> rows = SyntheticData.generate(WindowCapFamily.windowCap(), new double[] {0.3, 0.01, 120, 2},
                new double[] {0, 5, 10, 20, 30, 40}, new double[] {0.5, 1, 2}, 5, 0.03, 8);
        MeasurementData data = new MeasurementData("synthetic", "0", rows, 0, "rtt_set_ms");
        assertThat(fitWith(1, data)).isEqualTo(fitWith(4, data)).contains("\"family\" : \"window-cap");
    }

    /** Parallel streams started inside a pool run in that pool, so its size is the thread count. */
    private static String fitWith(int threads, MeasurementData data) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            FitReport report = pool.submit(() -> ModelComparison.compare(data, FamilyCatalog.AUTO)).get();
            return TransferModelFile.toJson(report, "x") + report.families().stream()
                    .map(f -> f.identifiable() ? java.util.Arrays.toString(f.model().parameters().values()) : "-")
                    .toList();
        } finally {
            pool.shutdown();
        }
    }
}
