package io.migcal.harness.reproduce;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code migcal reproduce} runs: the Figs. 2-3 sweep on the virtual lab (RTTs, the paper's two
 * RAM usages, repetitions), the simulator's runs per table, the seed of everything random, and how
 * much faster than the wall clock the lab's time runs.
 */
public record ReproduceSettings(
        Path outDir, List<Double> rttMs, List<Double> ramUsageGib, int repetitions, int simulationRuns,
        long seed, double timeCompression) {

    /** The paper's RAM usages (Fig. 2 and Fig. 3). */
    public static final List<Double> PAPER_RAM_USAGE_GIB = List.of(0.6, 1.0);

    public ReproduceSettings {
        rttMs = List.copyOf(rttMs);
        ramUsageGib = List.copyOf(ramUsageGib);
    }

    /** The full run: 8 RTT levels from 0 to 30 ms, 3 repetitions each, 100 simulation runs per table. */
    public static ReproduceSettings full(Path outDir, long seed) {
        return new ReproduceSettings(outDir, List.of(0.0, 2.0, 4.0, 6.0, 10.0, 15.0, 20.0, 30.0),
                PAPER_RAM_USAGE_GIB, 3, 100, seed, 60);
    }

    /** A smaller run for a first look: 5 RTT levels, 2 repetitions, 20 simulation runs. */
    public static ReproduceSettings quick(Path outDir, long seed) {
        return new ReproduceSettings(outDir, List.of(0.0, 6.0, 10.0, 20.0, 30.0), PAPER_RAM_USAGE_GIB, 2, 20, seed,
                60);
    }
}
