package io.migcal.model.sim.calibrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The entry point of the calibration, skipped in a normal build. Run from the repository root:
 * {@code mvn -B -q -o -pl model test -Dtest=PaperCalibrationRun -Dmigcal.calibrate="300 100 5"}
 * (samples, runs per evaluation, seed, and optionally a start point, or {@code -} for none, and
 * coordinates held fixed, e.g. {@code 17=1,18=0}); it rewrites both presets.
 * {@code -Dmigcal.calibrate="report 2000 20190101"} prints the reproduction tables instead.
 */
class PaperCalibrationRun {
    @Test
    @EnabledIfSystemProperty(named = "migcal.calibrate", matches = ".+")
    void choosesTheUnstatedParametersAndWritesThePresets() throws Exception {
        String[] args = System.getProperty("migcal.calibrate").trim().split("\\s+");
        if (args[0].equals("report")) {
            PaperReproductionReport.print(args.length > 1 ? Integer.parseInt(args[1]) : 2000,
                    args.length > 2 ? Long.parseLong(args[2]) : 20190101L);
        } else {
            PaperCalibration.main(args);
        }
    }
}
