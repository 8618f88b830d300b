package io.migcal.harness.cli;

import io.migcal.model.BadInputException;
import io.migcal.model.report.run.ReportOptions;
import io.migcal.model.report.run.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code migcal report}: Figs. 2-3, the fit, measured against model, context and Tables 3/5 for any sweep. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Migcal.Version.class,
        description = "Report on sweep run directories (real Proxmox, local QEMU, virtual lab): one figure per "
                + "measured RAM usage (fig2/fig3 for the paper's 0.6/1.0 GiB), the fit, measured against model per "
                + "cell, the run's context, and Tables 3 and 5 simulated with the fitted model; writes report.md, "
                + "report.html, the figures and transfer-model.json. Several runs: side by side, or --pool.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "run directories (each with measurements.csv; "
            + "manifest.json optional)")
    List<Path> runDirs;

    @Option(names = "--out", description = "output folder (default: the run directory when there is one; "
            + "required for several)")
    Path out;

    @Option(names = "--pool", description = "fit several runs as one data set (repeated runs of one lab) instead of "
            + "side by side")
    boolean pool;

    @Option(names = "--family", defaultValue = "auto", description = "model family, as migcal fit --family "
            + "(default: ${DEFAULT-VALUE})")
    String family;

    @Option(names = "--simulation-runs", defaultValue = "100", description = "simulator runs per row of Tables 3 "
            + "and 5 (default: ${DEFAULT-VALUE})")
    int simulationRuns;

    @Option(names = "--seed", defaultValue = "20180701", description = "seed of the simulations (default: "
            + "${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (simulationRuns < 1) {
            throw new BadInputException("--simulation-runs must be at least 1, got " + simulationRuns);
        }
        Path target = outputFolder();
        RunReport.Written written = RunReport.write(runDirs, target,
                new ReportOptions(family, simulationRuns, seed, pool));
        spec.commandLine().getOut().println("wrote " + written.markdown() + " and " + written.html());
        return ExitCode.OK;
    }

    private Path outputFolder() {
        if (out == null && runDirs.size() > 1) {
            throw new BadInputException("several run directories need --out DIR (the folder for the joint report)");
        }
        Path target = out != null ? out : runDirs.get(0);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BadInputException(target + " is a file; --out needs a directory (it is created if missing)");
        }
        return target;
    }
}
