package io.migcal.harness.config;

/** Where runs are written: {@code <results_dir>/<run-id>/}. */
public record OutputConfig(String resultsDir) {

    static final OutputConfig DEFAULT = new OutputConfig("results");

    public OutputConfig {
        resultsDir = resultsDir == null || resultsDir.isBlank() ? "results" : resultsDir;
    }
}
