package io.migcal.harness.soak;

import java.nio.file.Path;

/**
 * One soak: how many samples, the seed of the fault schedule and of the sweep order, the lab's time
 * compression, the mean wall time between faults, and where the lab and the run live.
 */
record SoakSettings(int samples, long seed, double timeCompression, long meanFaultGapMillis, Path workDir) {
    SoakSettings {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1");
        }
    }
}
