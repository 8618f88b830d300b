package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementCsvReader;
import io.migcal.model.measure.MeasurementData;
import java.util.List;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

/** Checks the fitter against answers it did not produce: closed-form OLS, and QEMU's documented default cap. */
class IndependentChecksTest {
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;

    @Test
    void linearFamilyAgreesWithClosedFormOrdinaryLeastSquaresIncludingStandardErrors() {
        List<FitObservation> data = SyntheticData.generate(WindowCapFamily.windowCap(), new double[] {0.3, 0.01, 120, 2},
                new double[] {0, 5, 10, 20, 40}, new double[] {0.5, 1, 2}, 2, 0.02, 3);
        FittedParameters lm = LeastSquaresFitter.fit(new LinearInteractionFamily(), data);

        double[] y = data.stream().mapToDouble(FitObservation::transferTimeS).toArray();
        double[][] x = data.stream().map(o -> new double[] {o.guestUsedBytes() / GIB, o.rttMs(),
                o.guestUsedBytes() / GIB * o.rttMs()}).toArray(double[][]::new);
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double[] standardErrors = ols.estimateRegressionParametersStandardErrors();
        for (int i = 0; i < beta.length; i++) {
            assertThat(lm.values()[i]).isCloseTo(beta[i], withPercentage(0.01));
            assertThat(lm.standardError(i)).isCloseTo(standardErrors[i], withPercentage(0.1));
        }
        assertThat(lm.residualSigma()).isCloseTo(ols.estimateRegressionStandardError(), withPercentage(0.01));
    }

    /** QEMU's default migration max-bandwidth is 128 MiB/s; the sample's runs used it. */
    @Test
    void fitOnTheRealSampleFindsQemusDefaultBandwidthCapWithinItsInterval() {
        MeasurementData sample = MeasurementCsvReader.read(GoldenFile.DIR.resolve("golden-measurements.csv"));
        FamilyFit fit = ModelComparison.fitOne(WindowCapFamily.windowCap(), sample.observations());
        double cap = fit.model().parameters().values()[WindowCapFamily.CAP];
        double half = fit.model().confidenceHalfWidth(WindowCapFamily.CAP);
        assertThat(128.0).isBetween(cap - half, cap + half);
        FamilyFit plain = ModelComparison.fitOne(WindowCapFamily.windowCapPlainLeastSquares(), sample.observations());
        assertThat(fit.groupedCv().mapePct()).isLessThanOrEqualTo(plain.groupedCv().mapePct()).isLessThan(5);
    }
}
