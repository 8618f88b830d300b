package io.migcal.model.sim.calibrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The entry point of the calibration, skipped in a normal build. Run from the repository root:
 * {@code mvn -B -q -o -pl model test -Dtest=PaperCalibrationRun -Dmigcal.calibrate="300 100 5"}
 * (samples, runs per evaluation, seed, and optionally a start point); it rewrites both presets.
 */
class PaperCalibrationRun {
    @Test
    @EnabledIfSystemProperty(named = "migcal.calibrate", matches = ".+")
    void choosesTheUnstatedParametersAndWritesThePresets() throws Exception {
        PaperCalibration.main(System.getProperty("migcal.calibrate").trim().split("\\s+"));
    }
}
