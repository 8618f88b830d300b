package io.migcal.harness.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link SampleOverheadBench} from the test class path when asked, and only then (it measures,
 * it asserts nothing): {@code mvn -o -B -q -pl harness -am test -Dtest=SampleOverheadBenchRun
 * -Dsurefire.failIfNoSpecifiedTests=false -Dmigcal.bench=10} (the number of samples).
 */
class SampleOverheadBenchRun {
    @Test
    void run() throws Exception {
        String samples = System.getProperty("migcal.bench");
        assumeTrue(samples != null, "set -Dmigcal.bench=SAMPLES to run the per-sample overhead bench");
        SampleOverheadBench.main(new String[] {samples});
    }
}
