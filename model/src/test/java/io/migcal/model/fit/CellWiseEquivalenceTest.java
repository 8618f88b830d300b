package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementCsvReader;
import io.migcal.model.measure.MeasurementData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cell-wise engine against the row-wise reference it replaced ({@link RowWiseComparison}), on every
 * committed measurement file and on synthetic data with many repetitions per cell: the same choice and
 * the same numbers. "The same" is to within 1e-5 of each number's scale (its own size or its standard
 * error): Levenberg-Marquardt stops once the cost falls by less than 1e-10 of itself, so two searches
 * whose rounding differs stop a few 1e-6 standard errors apart, and where repetitions exist the
 * starting heuristics see cell means rather than rows. A pooling mistake (a wrong weight, a lost row,
 * a missing spread term) moves the numbers by percents.
 */
class CellWiseEquivalenceTest {
    private static final double TOLERANCE = 1e-5;
    /**
     * On data without a knee the queue-loss family's queue and loss exponent lie in a flat valley:
     * row-wise and cell-wise searches stop at different points of it (or one finds J'J singular), which
     * says nothing about the engine. It is compared wherever it is the chosen family.
     */
    private static final String NOT_DETERMINED_WITHOUT_A_KNEE = "queue-loss";

    static Stream<Path> committedMeasurements() {
        return Stream.of(GoldenFile.DIR.resolve("golden-measurements.csv"),
                Path.of("../results/reference/sample/measurements.csv"),
                Path.of("../results/reference/virtual-lab/measurements.csv"),
                Path.of("../results/reference/local-qemu/ci-sweep/measurements.csv"),
                Path.of("../results/reference/local-qemu/default-bandwidth/measurements.csv"),
                Path.of("../results/reference/local-qemu/raised-bandwidth/measurements.csv"),
                Path.of("../results/reference/local-qemu/paper-limit-100/measurements.csv"),
                Path.of("../results/reference/local-qemu/paper-limit-1000/measurements.csv"));
    }

    static Stream<MeasurementData> repeatedCells() {
        return Stream.of(windowCapRows(7, 0.03, 1), windowCapRows(10, 0.03, 2), windowCapRows(4, 0.001, 3),
                precopyRows());
    }

    @ParameterizedTest
    @MethodSource("committedMeasurements")
    void theCommittedMeasurementsFitAsTheRowWiseReferenceFitsThem(Path file) {
        assertEquivalent(MeasurementCsvReader.read(file));
    }

    @ParameterizedTest
    @MethodSource("repeatedCells")
    void repeatedCellsFitAsTheRowWiseReferenceFitsThem(MeasurementData data) {
        assertThat(ObservationCells.of(data.observations()).size()).isLessThan(data.observations().size());
        assertEquivalent(data);
    }

    private static MeasurementData windowCapRows(int repetitions, double noise, long seed) {
        List<FitObservation> rows = SyntheticData.generate(WindowCapFamily.windowCap(), new double[] {0.3, 0.01, 120, 2},
                new double[] {0, 5, 10, 20, 30, 40}, new double[] {0.5, 1, 2}, repetitions, noise, seed);
        return new MeasurementData("window-cap " + repetitions + " x 18 cells", "0", rows, 0, "rtt_set_ms");
    }

    /** Dirty rates as a third input, unevenly repeated, so the median dirty rate is taken over uneven cells. */
    private static MeasurementData precopyRows() {
        ModelFamily family = WindowCapFamily.precopy();
        double mib = 1024.0 * 1024.0;
        Random random = new Random(4);
        List<FitObservation> rows = new ArrayList<>();
        for (double rtt : new double[] {0, 10, 20, 30}) {
            for (double gib : new double[] {0.6, 1.0, 2.0}) {
                for (double dirtyMib : new double[] {0, 10, 30}) {
                    for (int r = 0; r < 2 + (int) (dirtyMib / 10); r++) {
                        double t = family.transferTimeS(new double[] {0.4, 0.01, 110, 3.0}, gib * 1024 * mib, rtt,
                                dirtyMib * mib);
                        rows.add(new FitObservation(rtt, gib * 1024 * mib, t * (1 + 0.02 * random.nextGaussian()),
                                dirtyMib * mib, rows.size() + 2));
                    }
                }
            }
        }
        return new MeasurementData("precopy uneven repetitions", "0", rows, 0, "rtt_set_ms");
    }

    private static void assertEquivalent(MeasurementData data) {
        Throwable rowFailure = catchThrowable(() -> RowWiseComparison.compareAuto(data));
        if (rowFailure != null) {
            // too few rows for any family (4 rows, 4 parameters): both give up, maybe for different reasons
            assertThat(catchThrowable(() -> ModelComparison.compare(data, FamilyCatalog.AUTO)))
                    .hasMessageContaining("no model family can be fitted");
            assertThat(rowFailure).hasMessageContaining("no model family can be fitted");
            return;
        }
        FitReport cellWise = ModelComparison.compare(data, FamilyCatalog.AUTO);
        FitReport rowWise = RowWiseComparison.compareAuto(data);
        assertThat(cellWise.chosen().family().name()).isEqualTo(rowWise.chosen().family().name());
        assertThat(cellWise.families()).hasSameSizeAs(rowWise.families());
        for (int f = 0; f < rowWise.families().size(); f++) {
            if (NOT_DETERMINED_WITHOUT_A_KNEE.equals(rowWise.families().get(f).family().name())
                    && !rowWise.chosen().family().name().equals(NOT_DETERMINED_WITHOUT_A_KNEE)) {
                continue;
            }
            assertSameFit(cellWise.families().get(f), rowWise.families().get(f));
        }
    }

    private static void assertSameFit(FamilyFit cell, FamilyFit row) {
        String family = row.family().name();
        assertThat(cell.notIdentifiableReason()).as(family).isEqualTo(row.notIdentifiableReason());
        assertSameCv(family, cell.randomCv(), row.randomCv());
        assertSameCv(family, cell.groupedCv(), row.groupedCv());
        if (!row.identifiable()) {
            return;
        }
        FittedParameters c = cell.model().parameters();
        FittedParameters r = row.model().parameters();
        assertThat(c.free()).as(family).isEqualTo(r.free());
        assertThat(c.residualDof()).as(family).isEqualTo(r.residualDof());
        assertThat(cell.model().assumedDirtyRateBytesPerS()).isEqualTo(row.model().assumedDirtyRateBytesPerS());
        assertClose(family + " sigma", c.residualSigma(), r.residualSigma(), r.residualSigma());
        for (int i = 0; i < r.values().length; i++) {
            double se = r.standardError(i);
            assertClose(family + " p" + i, c.values()[i], r.values()[i], Math.max(Math.abs(r.values()[i]), se));
            for (int j = 0; j < r.values().length; j++) {
                assertClose(family + " cov" + i + j, c.covariance()[i][j], r.covariance()[i][j], se * r.standardError(j));
            }
        }
        assertClose(family + " rmse", cell.statistics().rmseS(), row.statistics().rmseS(), row.statistics().rmseS());
        assertClose(family + " mape", cell.statistics().mapePct(), row.statistics().mapePct(), row.statistics().mapePct());
        if (row.statistics().aicc() != null) {
            assertClose(family + " aicc", cell.statistics().aicc(), row.statistics().aicc(), 1);
        }
        Prediction cp = cell.model().predict(1.5e9, 17);
        Prediction rp = row.model().predict(1.5e9, 17);
        assertClose(family + " upper", cp.upperS(), rp.upperS(), rp.upperS() - rp.transferTimeS());
        assertClose(family + " lower", cp.lowerS(), rp.lowerS(), rp.upperS() - rp.transferTimeS());
    }

    private static void assertSameCv(String family, CvResult cell, CvResult row) {
        assertThat(cell.unavailableReason()).as(family + " " + row.scheme()).isEqualTo(row.unavailableReason());
        assertThat(cell.folds()).isEqualTo(row.folds());
        if (row.available()) {
            assertClose(family + " cv mape", cell.mapePct(), row.mapePct(), row.mapePct());
            assertClose(family + " cv rmse", cell.rmseS(), row.rmseS(), row.rmseS());
        }
    }

    private static void assertClose(String what, double cell, double row, double scale) {
        if (cell == row) {
            return; // also a limit fixed at infinity by both
        }
        assertThat(Math.abs(cell - row)).as("%s: cell-wise %s vs row-wise %s", what, cell, row)
                .isLessThanOrEqualTo(TOLERANCE * Math.abs(scale));
    }
}
