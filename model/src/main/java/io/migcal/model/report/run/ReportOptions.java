package io.migcal.model.report.run;

/**
 * How {@code migcal report} works: the fit family ({@code auto} or one name, as {@code migcal fit}),
 * the simulator's runs per row of Tables 3 and 5 and their seed, and whether several runs are pooled
 * into one fit instead of reported side by side.
 */
public record ReportOptions(String family, int simulationRuns, long seed, boolean pool) {
    public static final int DEFAULT_SIMULATION_RUNS = 100;
    public static final long DEFAULT_SEED = 20180701;

    public static ReportOptions defaults() {
        return new ReportOptions("auto", DEFAULT_SIMULATION_RUNS, DEFAULT_SEED, false);
    }

    public ReportOptions withSimulation(int runs, long newSeed) {
        return new ReportOptions(family, runs, newSeed, pool);
    }
}
