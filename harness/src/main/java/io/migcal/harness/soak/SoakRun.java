package io.migcal.harness.soak;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.ReconnectConfig;
import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabConfig;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.MeasurementsOnDisk;
import io.migcal.harness.sweep.PlannedSample;
import io.migcal.harness.sweep.StopSignal;
import io.migcal.harness.sweep.SweepJob;
import io.migcal.harness.sweep.SweepOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a soak: starts the virtual lab, sweeps it through the harness's own Proxmox connector while a
 * {@link FaultInjector} breaks things, resumes the run after every stop exactly as {@code sweep
 * --resume} does (same run folder, a fresh session as a new process would open), and tallies the rows.
 * The harness is "killed" in-process: its stop signal is set and its thread interrupted, the path a
 * SIGTERM takes; a kill -9 and its torn last line are covered by the child-JVM test of {@code sweep}.
 */
final class SoakRun {
    static final List<Double> RTTS_MS = List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 15.0, 20.0, 25.0, 30.0);
    static final List<Long> FILLS_BYTES = List.of(64L << 20, 128L << 20);
    /** Stops kept from becoming an endless loop if the lab never lets a sweep finish. */
    private static final int MAX_SWEEPS = 200;
    /** Lab seconds; the harness's API timeout is 2 s of wall time at the soak's compressions. */
    private static final double API_TIMEOUT_LAB_S = 300;

    private final SoakSettings settings;
    private final VirtualLab lab;
    private final LabConnector connector;
    private final PrintWriter err;
    private final Object sweepLock = new Object();
    private StopSignal currentStop;
    private Thread sweeping;

    /** {@code lab} runs at the settings' time compression; {@code connector} drives it (cli chooses both). */
    SoakRun(SoakSettings settings, VirtualLab lab, LabConnector connector, PrintWriter err) {
        this.settings = settings;
        this.lab = lab;
        this.connector = connector;
        this.err = err;
    }

    SoakReport run() throws Exception {
        long startNanos = System.nanoTime();
        LabConfig config = config(lab);
        SweepJob job = SweepJob.fresh(config, lab.clock(), settings::seed);
        Set<String> planned = job.remaining().stream().map(PlannedSample::sampleId).collect(Collectors.toSet());
        Path runDir = job.directory().path();
        double stallLabS = Math.max(API_TIMEOUT_LAB_S, 2 * settings.timeCompression()) * 2;
        FaultInjector injector = new FaultInjector(lab, settings.seed(), settings.meanFaultGapMillis(), stallLabS,
                this::killHarness);
        Thread faults = new Thread(injector, "soak-faults");
        faults.setDaemon(true);
        Map<SweepOutcome.Ending, Integer> endings = new EnumMap<>(SweepOutcome.Ending.class);
        int errors = 0;
        faults.start();
        try {
            for (int sweeps = 1; sweeps <= MAX_SWEEPS; sweeps++) {
                SweepOutcome.Ending ending = sweepOnce(config, job, planned.size());
                if (ending == null) {
                    errors++;
                } else {
                    endings.merge(ending, 1, Integer::sum);
                    if (ending == SweepOutcome.Ending.COMPLETED) {
                        break;
                    }
                }
                // a stop before the manifest was written leaves nothing to resume: that run starts again
                if (java.nio.file.Files.exists(job.directory().manifest())) {
                    job = SweepJob.resume(runDir);
                }
            }
        } finally {
            injector.stop();
            faults.interrupt();
            faults.join();
        }
        SoakTally tally = SoakTally.of(planned, MeasurementsOnDisk.read(runDir.resolve("measurements.csv")).rows());
        return new SoakReport(settings, tally, injector.injected(), endings, errors, LabCheck.restored(lab),
                (System.nanoTime() - startNanos) / 1e9, runDir);
    }

    /** One sweep until it ends; null when the harness itself failed (the run is resumed all the same). */
    private SweepOutcome.Ending sweepOnce(LabConfig config, SweepJob job, int planned) {
        StopSignal stop = new StopSignal();
        synchronized (sweepLock) {
            currentStop = stop;
            sweeping = Thread.currentThread();
        }
        try (LabSession session = connector.connect(config)) {
            SweepOutcome outcome = job.execute(session, new SoakProgress(err, planned), stop);
            err.println("soak: sweep ended " + outcome.ending().name().toLowerCase(java.util.Locale.ROOT) + ": "
                    + outcome.message());
            return outcome.ending();
        } catch (Exception e) {
            err.println("soak: sweep failed to run (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); resuming");
            return null;
        } finally {
            synchronized (sweepLock) {
                sweeping = null;
            }
            Thread.interrupted(); // a kill that landed after the sweep ended is spent here
            err.flush();
        }
    }

    /** What SIGTERM does to a running sweep: the stop request, then the interrupt. */
    private void killHarness() {
        synchronized (sweepLock) {
            if (sweeping != null) {
                currentStop.request();
                sweeping.interrupt();
            }
        }
    }

    private LabConfig config(VirtualLab lab) {
        int cells = RTTS_MS.size() * FILLS_BYTES.size();
        int repetitions = (settings.samples() + cells - 1) / cells;
        SweepConfig sweep = new SweepConfig(RTTS_MS, FILLS_BYTES, repetitions, SweepConfig.Order.RANDOM,
                settings.seed(), 0.5, 600.0, null, null, 3);
        ReconnectConfig reconnect = new ReconnectConfig(1.0, 15.0, 600.0, 3, API_TIMEOUT_LAB_S);
        return VirtualLabConfig.from(lab.descriptor(), sweep, 100, settings.workDir().resolve("runs"))
                .withReconnect(reconnect);
    }
}
