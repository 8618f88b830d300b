package io.migcal.model.sim.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The entry point of the benchmark, skipped in a normal build. Run:
 * {@code mvn -B -q -o -pl model test -Dtest=SimulatorBenchmarkRun -Dmigcal.bench=300}
 * (the value is CloudSim Plus's wall-clock cap per scale, in seconds).
 */
class SimulatorBenchmarkRun {
    @Test
    @EnabledIfSystemProperty(named = "migcal.bench", matches = "\\d+")
    void printsTheTimeRatioAgainstCloudSimPlusAtEachScale() throws Exception {
        SimulatorBenchmark.run(Long.parseLong(System.getProperty("migcal.bench")), System.out);
    }
}
