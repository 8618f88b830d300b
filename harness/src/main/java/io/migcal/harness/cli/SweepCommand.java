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
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code migcal sweep --config lab.yaml | --resume <run-dir>}: plan, then measure. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run the sweep a lab config describes (or continue an interrupted run), "
                + "writing results/<run-id>/measurements.csv and manifest.json.")
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

    /** Where the run's description comes from. */
    static final class Source {
        @Option(names = "--config", paramLabel = "LAB_YAML", required = true, description = "the lab config")
        Path config;

        @Option(names = "--resume", paramLabel = "RUN_DIR", required = true,
                description = "a run folder to continue; finished samples are not repeated")
        Path resume;
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
            throw new BadInputException("--retry-failed goes with --resume RUN_DIR (a new run has no failed samples)");
        }
        SweepJob job = source.resume != null ? SweepJob.resume(source.resume, retryFailed)
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
