package io.migcal.harness.sweep;

import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code results/<run-id>/}: the measurements, the manifest and the run's log, side by side. */
public record RunDirectory(Path path) {

    /** Checks, before anything runs, that a new run directory can be made under {@code resultsDir}. */
    public static RunDirectory planNew(Path resultsDir, String runId) {
        try {
            Files.createDirectories(resultsDir);
        } catch (IOException e) {
            throw new BadInputException("cannot create the results folder " + resultsDir + " ("
                    + e.getClass().getSimpleName() + "); set output.results_dir to a writable folder");
        }
        if (!Files.isDirectory(resultsDir) || !Files.isWritable(resultsDir)) {
            throw new BadInputException("results folder " + resultsDir + " is not a writable folder; "
                    + "set output.results_dir to one");
        }
        Path dir = resultsDir.resolve(runId);
        if (Files.exists(dir)) {
            throw new BadInputException("run folder " + dir + " already exists; resume it with "
                    + "'migcal sweep --resume " + dir + "' or wait a second for a new run id");
        }
        return new RunDirectory(dir);
    }

    /** An existing run to resume or refine: it must hold a manifest. */
    public static RunDirectory existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such folder; give the run folder 'migcal sweep' printed, "
                    + "e.g. results/20261126T060000Z");
        }
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            throw new BadInputException(dir + " is not a migcal run folder (no manifest.json); give the folder "
                    + "'migcal sweep' printed, e.g. results/20261126T060000Z");
        }
        return new RunDirectory(dir);
    }

    void create() throws IOException {
        Files.createDirectories(path);
    }

    public Path measurements() {
        return path.resolve("measurements.csv");
    }

    public Path manifest() {
        return path.resolve("manifest.json");
    }

    public Path log() {
        return path.resolve("sweep.log");
    }
}
