package io.migcal.harness.cli;

import io.migcal.harness.config.LabConfigLoader;
import io.migcal.harness.sweep.GridStatus;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.ProgressBar;
import io.migcal.harness.sweep.SweepJob;
import io.migcal.harness.sweep.StopSignal;
import io.migcal.harness.sweep.SweepOutcome;
import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.BadInputException;
import java.io.PrintWriter;
import io.migcal.harness.ssh.SshSessionOpener;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code migcal sweep --config lab.yaml | --resume <run-dir> | --refine <run-dir>}: plan, then measure. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run the sweep a lab config describes (or continue an interrupted run, or add RTT levels "
                + "to a run), writing results/<run-id>/measurements.csv and manifest.json.")
public final class SweepCommand implements Callable<Integer> {
    private static final Duration TEARDOWN_WAIT = Duration.ofSeconds(90);

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Source source;

    @Option(names = "--dry-run", description = "print the plan and the ETA, touch nothing")
    boolean dryRun;

    @Option(names = "--retry-failed", description = "with --resume: measure the samples that failed or timed out "
            + "again (their old rows stay as evidence)")
    boolean retryFailed;

    @Option(names = "--rtt-ms", split = ",", paramLabel = "MS", description = "with --refine: the RTT levels to add "
            + "(default: the levels the run's fit recommends, noise.next_rtt_ms of its transfer-model.json)")
    List<Double> rttMs;

    /** Where the run's description comes from. */
    static final class Source {
        @Option(names = "--config", paramLabel = "LAB_YAML", required = true, description = "the lab config")
        Path config;

        @Option(names = "--resume", paramLabel = "RUN_DIR", required = true,
                description = "a run folder to continue; finished samples are not repeated")
        Path resume;

        @Option(names = "--refine", paramLabel = "RUN_DIR", required = true,
                description = "add RTT levels to a run (its fit's recommendation, or --rtt-ms) and measure them "
                        + "with the run's own config; a killed refinement continues with --resume")
        Path refine;
    }

    @Mixin
    HostKeyOptions hostKeys = new HostKeyOptions();

    private final Function<SshSessionOpener, LabConnector> connectors;
    private final MonotonicClock clock;

    public SweepCommand() {
        this.connectors = LabConnectors::real;
        this.clock = MonotonicClock.SYSTEM;
    }

    SweepCommand(LabConnector connector, MonotonicClock clock) {
        this.connectors = opener -> connector;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (retryFailed && source.resume == null) {
            throw new BadInputException("--retry-failed goes with --resume RUN_DIR (a new run has no failed samples; "
                    + "a refinement measures only new levels)");
        }
        if (rttMs != null && source.refine == null) {
            throw new BadInputException("--rtt-ms goes with --refine RUN_DIR (a new run takes its levels from sweep.rtt_ms "
                    + "of its config)");
        }
        SweepJob job = source.resume != null ? SweepJob.resume(source.resume, retryFailed)
                : source.refine != null ? SweepJob.refine(source.refine, rttMs)
                : SweepJob.fresh(LabConfigLoader.load(source.config), clock, new SecureRandom()::nextLong);
        out.println(job.describePlan());
        out.flush();
        if (dryRun) {
            return ExitCode.OK;
        }
        // the hook waits until the report is out too: on Ctrl-C the JVM exits as soon as the hook returns
        StopSignal stop = new StopSignal();
        try (InterruptOnShutdown guard = InterruptOnShutdown.install(Thread.currentThread(), stop::request, TEARDOWN_WAIT)) {
            SweepOutcome outcome;
            LabConnector connector = connectors.apply(hostKeys.opener(err));
            try (LabSession lab = connector.connect(job.config())) {
                outcome = job.execute(lab, new ProgressBar(err, lab.clock()), stop);
            }
            return report(outcome, job, out, err);
        }
    }

    private static int report(SweepOutcome outcome, SweepJob job, PrintWriter out, PrintWriter err)
            throws java.io.IOException {
        Path dir = job.directory().path();
        String rows = outcome.rowsWritten() + " rows written (" + outcome.okRows() + " ok) to " + dir.resolve("measurements.csv");
        if (outcome.ending() == SweepOutcome.Ending.COMPLETED) {
            out.println("sweep done: " + rows + "; " + outcome.teardown());
            GridStatus grid = job.grid();
            if (!grid.complete()) {
                out.println("grid incomplete: " + grid.failed().size() + " of " + grid.planned()
                        + " samples failed or timed out: " + String.join(", ", grid.failed())
                        + "; measure them again with: migcal sweep --resume " + dir + " --retry-failed");
            }
            if (grid.complete()) {
                out.println("next: fit it with 'migcal fit --data " + dir.resolve("measurements.csv") + " --out "
                        + dir.resolve("fit") + "'; where the fit is not within noise, 'migcal sweep --refine " + dir
                        + "' measures the RTT levels it recommends");
            }
            out.flush();
            return grid.complete() ? ExitCode.OK : ExitCode.GRID_INCOMPLETE;
        }
        err.println("migcal: sweep stopped (" + outcome.ending().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + "): " + outcome.message() + "; " + rows + "; " + outcome.teardown()
                + "; continue with: migcal sweep --resume " + dir);
        err.flush();
        return outcome.ending() == SweepOutcome.Ending.INTERRUPTED ? ExitCode.INTERRUPTED : ExitCode.FAILURE;
    }
}
