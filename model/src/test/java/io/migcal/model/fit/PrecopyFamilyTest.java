package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.MeasurementData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrecopyFamilyTest {
    private static final double MIB = 1024.0 * 1024.0;

    @Test
    void precopyIsFittedOnlyWhenEveryRowHasADirtyRateAndRecoversItsParameters() {
        double[] truth = {0.4, 0.01, 110, 3.0};
        ModelFamily family = WindowCapFamily.precopy();
        Random random = new Random(1);
        List<FitObservation> data = new ArrayList<>();
        for (double rtt : new double[] {0, 10, 20, 30}) {
            for (double gib : new double[] {0.6, 1.0, 2.0}) {
                for (double dirtyMib : new double[] {0, 10, 30}) {
                    double t = family.transferTimeS(truth, gib * 1024 * MIB, rtt, dirtyMib * MIB);
                    data.add(new FitObservation(rtt, gib * 1024 * MIB, t * (1 + 0.01 * random.nextGaussian()),
                            dirtyMib * MIB, 0));
                }
            }
        }
        MeasurementData withDirtyRates = new MeasurementData("synthetic", "0", data, 0, "rtt_set_ms");
        assertThat(ModelComparison.applicableFamilies(withDirtyRates)).extracting(ModelFamily::name).contains("precopy");
        FamilyFit fit = ModelComparison.fitOne(family, data);
        FittedModel model = fit.model();
        LeastSquaresFitterTest.assertTruthWithinIntervals(model, truth);
        assertThat(model.assumedDirtyRateBytesPerS()).isEqualTo(10 * MIB);
        assertThat(fit.randomCv().mapePct()).isLessThan(3);
        List<String> withoutDirtyRate = ModelComparison.applicableFamilies(new MeasurementData("synthetic", "0", data
                .stream().map(o -> new FitObservation(o.rttMs(), o.guestUsedBytes(), o.transferTimeS())).toList(), 0,
                "rtt_set_ms")).stream().map(ModelFamily::name).toList();
        assertThat(withoutDirtyRate).doesNotContain("precopy").contains("window-cap", "linear");
    }

    @Test
    void groupedCrossValidationBeatsTheLinearFamilyWhereTheWindowBinds() {
        double[] truth = {0.3, 0.01, 120, 2.0};
        List<FitObservation> data = SyntheticData.generate(WindowCapFamily.windowCap(), truth,
                new double[] {0, 5, 10, 20, 30, 40}, new double[] {0.5, 1, 2}, 2, 0.01, 21);
        CvResult physical = CrossValidation.leaveOneRttLevelOut(WindowCapFamily.windowCap(), data);
        CvResult linear = CrossValidation.leaveOneRttLevelOut(new LinearInteractionFamily(), data);
        assertThat(physical.folds()).isEqualTo(6);
        assertThat(physical.mapePct()).isLessThan(3).isLessThan(linear.mapePct());
    }
}
