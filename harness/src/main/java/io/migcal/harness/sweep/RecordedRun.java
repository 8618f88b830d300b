package io.migcal.harness.sweep;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.LabConfigLoader;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A run folder read back to continue it ({@code --resume}) or add to it ({@code --refine}): its
 * manifest, the config the manifest recorded (so the user never gives it again; its seed must be
 * the run's) and the rows already on disk.
 */
record RecordedRun(RunDirectory dir, Manifest manifest, LabConfig config, MeasurementsOnDisk onDisk) {

    static RecordedRun open(Path runDir) throws IOException {
        RunDirectory dir = RunDirectory.existing(runDir);
        Manifest manifest = ManifestFile.read(dir.manifest());
        LabConfig config = LabConfigLoader.fromTree(manifest.config(), dir.manifest() + " (config)");
        if (config.sweep().seed() == null || config.sweep().seed() != manifest.seed()) {
            throw new BadInputException(dir.manifest() + ": the config's seed does not match the run's seed "
                    + manifest.seed() + "; the manifest was edited, the run cannot be resumed safely");
        }
        return new RecordedRun(dir, manifest, config, MeasurementsOnDisk.read(dir.measurements()));
    }
}
