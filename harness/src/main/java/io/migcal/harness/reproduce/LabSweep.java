package io.migcal.harness.reproduce;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.LabConfigWriter;
import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabConfig;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.ProgressBar;
import io.migcal.harness.sweep.SweepJob;
import io.migcal.harness.sweep.SweepOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Runs the Figs. 2-3 sweep on a virtual lab through the harness's own Proxmox connector (JSch, OkHttp,
 * netem over SSH, stress-ng over SSH), exactly as against a real lab, and copies the run's
 * measurements and manifest into the output folder.
 */
final class LabSweep {
    /** The paper's delay appliance, modelled as a delay element with a queue of this many packets. */
    static final int APPLIANCE_QUEUE_LIMIT_PACKETS = 100;
    private static final double GIB = 1024.0 * 1024 * 1024;

    private LabSweep() {
    }

    /** Starts the lab, sweeps, and returns the ground-truth lab's settings for the report. */
    static SweepOutcome run(ReproduceSettings settings, VirtualLabWiring wiring, Path labStateDir, Path runsDir,
            PrintWriter err) throws IOException, InterruptedException {
        VirtualLabSettings labSettings = VirtualLabSettings.defaults(labStateDir)
                .withSeed(settings.seed()).withTimeCompression(settings.timeCompression());
        try (VirtualLab lab = wiring.start(labSettings)) {
            long baselineBytes = labSettings.topology().guestBaselineUsedBytes();
            LabConfig config = VirtualLabConfig.from(lab.descriptor(), sweep(settings, baselineBytes),
                    APPLIANCE_QUEUE_LIMIT_PACKETS, runsDir);
            SweepJob job = SweepJob.fresh(config, lab.clock(), settings::seed);
            err.println(job.describePlan());
            err.flush();
            SweepOutcome outcome;
            try (LabSession session = wiring.connector(lab.clock(), settings.timeCompression()).connect(config)) {
                outcome = job.execute(session, new ProgressBar(err, lab.clock()));
            }
            copyResults(job.directory().path(), settings.outDir());
            Files.writeString(settings.outDir().resolve("lab.yaml"), LabConfigWriter.toYaml(config,
                    "The lab config migcal reproduce used against its virtual lab (its files lived in a"
                            + " temporary folder).\nPoint it at a real lab's endpoints to run the same sweep there."));
            return outcome;
        }
    }

    /** Fills that bring the guest from its idle baseline to the paper's RAM usages. */
    static SweepConfig sweep(ReproduceSettings settings, long baselineBytes) {
        List<Long> fills = settings.ramUsageGib().stream()
                .map(gib -> Math.round(gib * GIB) - baselineBytes)
                .toList();
        return new SweepConfig(settings.rttMs(), fills, settings.repetitions(), SweepConfig.Order.RANDOM,
                settings.seed(), 1.0, 600.0, 1.0, null, 3);
    }

    private static void copyResults(Path runDir, Path outDir) throws IOException {
        for (String name : List.of("measurements.csv", "manifest.json")) {
            Files.copy(runDir.resolve(name), outDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
