package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.measure.ConvergenceEvidence;
import io.migcal.model.measure.MeasurementCsvReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dirty rate above which pre-copy does not converge, from a precopy fit on the completed rows and
 * from the timeout rows the fit never sees: a CSV written from the precopy family's own formula (cap
 * 100 MiB/s), with the rates at or above the cap recorded as timeouts, as a sweep records them.
 */
class PrecopyConvergenceTest {
    private static final double MIB = 1024.0 * 1024.0;
    private static final double[] TRUTH = {0.5, 0.02, 100, 4.0};

    @TempDir
    Path dir;

    private Path csv(double[] dirtyMib) throws Exception {
        StringBuilder out = new StringBuilder("rtt_set_ms,guest_used_bytes,dirty_rate_bytes_per_s,transfer_time_s,status\n");
        Random random = new Random(3);
        for (double rtt : new double[] {0, 10, 20}) {
            for (double gib : new double[] {0.5, 1.0}) {
                for (double dirty : dirtyMib) {
                    double t = WindowCapFamily.precopy().transferTimeS(TRUTH, gib * 1024 * MIB, rtt, dirty * MIB);
                    boolean converges = dirty * MIB < WindowCapFamily.precopy().nonConvergenceDirtyRateBytesPerS(TRUTH, rtt);
                    out.append(String.format(Locale.ROOT, "%s,%.0f,%.0f,%s,%s%n", rtt, gib * 1024 * MIB, dirty * MIB,
                            converges ? String.format(Locale.ROOT, "%.4f", t * (1 + 0.01 * random.nextGaussian())) : "120",
                            converges ? "ok" : "timeout"));
                }
            }
        }
        return Files.writeString(dir.resolve("m.csv"), out.toString());
    }

    @Test
    void theModelsRateLiesInsideTheRowsBracketAndTimeoutRowsAreCounted() throws Exception {
        Path file = csv(new double[] {0, 20, 50, 80, 150});
        FitReport report = ModelComparison.compare(MeasurementCsvReader.read(file), "precopy");
        ConvergenceEvidence evidence = ConvergenceEvidence.read(file, CsvDelimiter.COMMA);

        PrecopyConvergence convergence = PrecopyConvergence.of(report, evidence);

        assertThat(convergence.levels()).hasSize(3);
        PrecopyConvergence.Level atZero = convergence.levels().get(0);
        assertThat(atZero.highestConvergedBytesPerS()).isEqualTo(80 * MIB);
        assertThat(atZero.lowestNotConvergedBytesPerS()).isEqualTo(150 * MIB);
        assertThat(atZero.notConvergedRows()).isEqualTo(2);
        assertThat(atZero.modelBytesPerS()).isCloseTo(100 * MIB, within(3 * MIB));
        assertThat(atZero.estimateBytesPerS()).isEqualTo(atZero.modelBytesPerS());
        assertThat(atZero.basis()).isEqualTo("model, within the rows' bracket");
        assertThat(convergence.render()).contains("did not converge from 150.0 MiB/s (2 rows)");
    }

    @Test
    void aTimeoutBelowTheModelsRateWinsOverTheModel() throws Exception {
        Path file = csv(new double[] {0, 20, 50, 80});
        FitReport report = ModelComparison.compare(MeasurementCsvReader.read(file), "precopy");
        Path withEarlyTimeout = Files.writeString(dir.resolve("early.csv"), Files.readString(file)
                + "0.0,536870912,62914560,120,timeout\n");

        PrecopyConvergence convergence = PrecopyConvergence.of(report,
                ConvergenceEvidence.read(withEarlyTimeout, CsvDelimiter.COMMA));

        PrecopyConvergence.Level atZero = convergence.levels().get(0);
        assertThat(atZero.estimateBytesPerS()).isEqualTo(60 * MIB);
        assertThat(atZero.basis()).startsWith("rows: a migration did not converge below the model's rate");
    }

    @Test
    void aPrecopyModelPredictsMoreTimeForAGuestThatDirtiesMoreAndOthersIgnoreTheRate() throws Exception {
        Path file = csv(new double[] {0, 20, 50, 80});
        FittedModel precopy = ModelComparison.compare(MeasurementCsvReader.read(file), "precopy").chosen().model();
        FittedModel windowCap = ModelComparison.compare(MeasurementCsvReader.read(file), "window-cap").chosen().model();

        double gib = 1024 * MIB;
        assertThat(precopy.predict(gib, 10, 60 * MIB).transferTimeS())
                .isGreaterThan(2 * precopy.predict(gib, 10, 0).transferTimeS());
        assertThat(windowCap.predict(gib, 10, 60 * MIB)).isEqualTo(windowCap.predict(gib, 10));
    }
}
