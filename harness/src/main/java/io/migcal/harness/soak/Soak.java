package io.migcal.harness.soak;

import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.sweep.LabConnector;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The soak's entry point for the CLI and for tests. */
public final class Soak {
    private final SoakReport report;

    private Soak(SoakReport report) {
        this.report = report;
    }

    /**
     * Runs a soak of at least {@code samples} samples on {@code lab} (started at {@code timeCompression},
     * driven through {@code connector}), its run in {@code workDir}; progress goes to {@code err}.
     */
    public static Soak run(VirtualLab lab, LabConnector connector, int samples, long seed, double timeCompression,
            long meanFaultGapMillis, Path workDir, PrintWriter err) throws Exception {
        SoakSettings settings = new SoakSettings(samples, seed, timeCompression, meanFaultGapMillis, workDir);
        return new Soak(new SoakRun(settings, lab, connector, err).run());
    }

    public boolean passed() {
        return report.passed();
    }

    public String markdown() {
        return report.markdown();
    }

    public Path runDirectory() {
        return report.runDir();
    }

    public int duplicated() {
        return report.tally().duplicated();
    }

    public int lost() {
        return report.tally().lost();
    }

    public int planned() {
        return report.tally().planned();
    }

    public int okExactlyOnce() {
        return report.tally().okExactlyOnce();
    }

    public int faultsInjected() {
        return report.injected().values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean labRestored() {
        return report.labRestored();
    }
}
