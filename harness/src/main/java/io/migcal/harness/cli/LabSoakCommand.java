package io.migcal.harness.cli;

import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.soak.Soak;
import io.migcal.harness.sweep.connect.ProxmoxLabConnector;
import io.migcal.model.BadInputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migcal lab soak}: a long sweep on the virtual lab under injected faults, and its report. */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Sweep the virtual lab while SSH sessions drop, sshd refuses, the API answers 5xx or times out,"
                + " the task log is slow, migrations fail and the harness is killed and resumed; report what was"
                + " measured once, repeated, lost or duplicated.")
public final class LabSoakCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--samples", defaultValue = "200", description = "at least this many samples (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--seed", defaultValue = "17", description = "seed of the fault schedule and the sweep order (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--time-compression", defaultValue = "200", description = "lab seconds per wall second (default: ${DEFAULT-VALUE})")
    double timeCompression;

    @Option(names = "--fault-every-ms", defaultValue = "2500", description = "mean wall time between faults (default: ${DEFAULT-VALUE})")
    long faultEveryMs;

    @Option(names = "--out", required = true, description = "folder for the lab state, the run and soak-report.md")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (samples < 1 || samples > 100_000 || !(timeCompression >= 1) || faultEveryMs < 50) {
            throw new BadInputException("--samples must be 1..100000, --time-compression >= 1 and --fault-every-ms >= 50");
        }
        Files.createDirectories(out);
        PrintWriter err = spec.commandLine().getErr();
        Soak soak;
        Path work = out.toAbsolutePath();
        try (VirtualLab lab = VirtualLab.start(VirtualLabSettings.defaults(work.resolve("lab")).withSeed(seed)
                .withTimeCompression(timeCompression))) {
            soak = Soak.run(lab, new ProxmoxLabConnector(lab.clock(), timeCompression), samples, seed, timeCompression,
                    faultEveryMs, work, err);
        }
        Path report = out.resolve("soak-report.md");
        Files.writeString(report, soak.markdown());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(soak.markdown());
        stdout.println("report " + report + "; run " + soak.runDirectory());
        stdout.flush();
        return soak.passed() ? ExitCode.OK : ExitCode.FAILURE;
    }
}
