package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The range written to transfer-model.json keeps the measured bounds exactly, so they are not extrapolations. */
class FitRangePrecisionTest {
    /** The lowest memory of the report: rounded to 6 digits it became 1087270000. */
    private static final double LOWEST_BYTES = 1_087_266_816;
    private static final double HIGHEST_BYTES = 1_516_766_208;
    private static final double HIGHEST_RTT_MS = 2.212;

    @Test
    void aPointExactlyAtTheMeasuredBoundsIsInsideTheRangeReadBackFromTheFile(@TempDir Path dir) throws Exception {
        List<FitObservation> observations = new ArrayList<>();
        double[] truth = {0.5, 0.01, 110, 3};
        for (double rtt : new double[] {0.113, 1.1, HIGHEST_RTT_MS}) {
            for (double bytes : new double[] {LOWEST_BYTES, HIGHEST_BYTES}) {
                for (double wobble : new double[] {0.99, 1.01}) {
                    observations.add(new FitObservation(rtt, bytes,
                            WindowCapFamily.windowCap().transferTimeS(truth, bytes, rtt, 0) * wobble));
                }
            }
        }
        MeasurementData data = new MeasurementData("exact.csv", "0".repeat(64), observations, 0, "rtt_measured_ms");
        Path file = dir.resolve("transfer-model.json");
        TransferModelFile.write(file, ModelComparison.compare(data, "window-cap"), "test");

        FittedModel read = TransferModelFile.read(file);

        assertThat(read.predict(LOWEST_BYTES, 0.113).extrapolated()).isFalse();
        assertThat(read.predict(HIGHEST_BYTES, HIGHEST_RTT_MS).extrapolated()).isFalse();
        assertThat(read.predict(LOWEST_BYTES - 4096, 1.1).extrapolated()).isTrue();
        assertThat(Files.readString(file)).contains("\"min\" : 1087266816").contains("\"max\" : 2.212");
    }
}
