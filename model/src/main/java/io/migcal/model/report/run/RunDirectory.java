package io.migcal.model.report.run;

import io.migcal.model.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A sweep's run directory as {@code migcal report} reads it: {@code measurements.csv} (required),
 * {@code manifest.json} (optional: without it the report says so and takes the context from the CSV
 * alone) and a fit that may already be there ({@code transfer-model.json} or {@code fit/transfer-model.json}).
 */
public record RunDirectory(Path path, String name, Optional<RunManifest> manifest, Optional<Path> earlierModel) {
    static final String MEASUREMENTS = "measurements.csv";
    static final String MANIFEST = "manifest.json";

    /** Checks the folder and reads its manifest; a missing folder or CSV is one line of bad input. */
    public static RunDirectory open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": not a directory; pass a sweep's run directory (the folder that "
                    + "holds measurements.csv)");
        }
        if (!Files.isRegularFile(dir.resolve(MEASUREMENTS))) {
            throw new BadInputException(dir + ": has no " + MEASUREMENTS + "; pass a sweep's run directory (migcal "
                    + "sweep writes one per run under results/)");
        }
        Path manifest = dir.resolve(MANIFEST);
        Optional<RunManifest> read = Files.isRegularFile(manifest) ? Optional.of(RunManifest.read(manifest))
                : Optional.empty();
        return new RunDirectory(dir, nameOf(dir), read, earlierModel(dir));
    }

    public Path measurements() {
        return path.resolve(MEASUREMENTS);
    }

    private static Optional<Path> earlierModel(Path dir) {
        for (Path candidate : new Path[] {dir.resolve("transfer-model.json"), dir.resolve("fit/transfer-model.json")}) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String nameOf(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        return absolute.getFileName() == null ? "run" : absolute.getFileName().toString();
    }
}
