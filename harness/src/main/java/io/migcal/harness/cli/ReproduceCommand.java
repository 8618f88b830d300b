package io.migcal.harness.cli;

import io.migcal.harness.reproduce.ReproduceSettings;
import io.migcal.harness.reproduce.Reproduction;
import io.migcal.harness.sweep.SweepOutcome;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code migcal reproduce}: the paper's Figs. 2-3 and Tables 3 and 5 on the virtual lab, end to end. */
@Command(name = "reproduce", mixinStandardHelpOptions = true, versionProvider = Migcal.Version.class,
        description = "Start the virtual lab, sweep RTT and RAM usage through the harness, fit the model, "
                + "draw Figs. 2-3, simulate Tables 3 and 5, and write report.md and report.html.")
public final class ReproduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "results/virtual-lab", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--quick", description = "fewer RTT levels, repetitions and simulation runs")
    boolean quick;

    @Option(names = "--seed", defaultValue = "20180701", description = "seed of the lab's noise, the sweep order "
            + "and the simulations (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--report-only", description = "no sweep: write the report again from the measurements.csv an "
            + "earlier reproduce left in --out (after an upgrade of migcal, or with other --seed)")
    boolean reportOnly;

    @Override
    public Integer call() throws Exception {
        ReproduceSettings settings = quick ? ReproduceSettings.quick(out, seed) : ReproduceSettings.full(out, seed);
        Reproduction reproduction = new Reproduction(spec.commandLine().getErr(), LabConnectors.virtualLab());
        if (reportOnly) {
            reproduction.report(out, settings.simulationRuns(), seed);
            spec.commandLine().getOut().println("reproduce done: " + out.resolve("report.md") + ", "
                    + out.resolve("report.html") + " (report only, from the measurements already there)");
            return ExitCode.OK;
        }
        SweepOutcome outcome = reproduction.run(settings);
        spec.commandLine().getOut().println("reproduce done: " + out.resolve("report.md") + ", " + out.resolve("report.html")
                + " (sweep: " + outcome.okRows() + " of " + outcome.rowsWritten() + " samples ok)");
        return outcome.ending() == SweepOutcome.Ending.COMPLETED ? ExitCode.OK : ExitCode.FAILURE;
    }
}
