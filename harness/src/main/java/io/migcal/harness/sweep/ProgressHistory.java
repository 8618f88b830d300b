package io.migcal.harness.sweep;

import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.ProgressPoint;
import io.migcal.model.measure.ProgressHistoryCsv;
import io.migcal.model.measure.ProgressSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps each migration's whole progress history in the run directory, one file per attempt:
 * {@code progress/<sample-id>.csv}, and {@code <sample-id>.2.csv} and so on for a sample measured
 * again (an earlier attempt's file is never overwritten). A migration without progress (it failed
 * before it started) writes no file.
 */
final class ProgressHistory {
    static final String FOLDER = "progress";
    /** For runners without a run directory (tests that only look at rows). */
    static final ProgressHistory NONE = new ProgressHistory(null);

    private final Path dir;

    ProgressHistory(Path dir) {
        this.dir = dir;
    }

    /** Writes the outcome's history; returns the file's name relative to the run directory, or null. */
    String keep(String sampleId, MigrationOutcome outcome) throws IOException {
        if (dir == null || outcome == null || outcome.progress().isEmpty()) {
            return null;
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(sampleId + ".csv");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(sampleId + "." + n + ".csv");
        }
        ProgressHistoryCsv.write(file, samples(outcome.progress()));
        return FOLDER + "/" + file.getFileName();
    }

    private static List<ProgressSample> samples(List<ProgressPoint> points) {
        return points.stream().map(p -> new ProgressSample(p.atS(), p.status(), p.transferredBytes(),
                p.remainingBytes(), p.totalBytes(), p.rateBytesPerS(), p.dirtySyncCount())).toList();
    }
}
