package io.migcal.harness.sweep;

import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.delay.DelaySetting;
import io.migcal.harness.delay.DelayState;
import io.migcal.harness.delay.PingSummary;
import io.migcal.harness.delay.RttCheck;
import io.migcal.harness.delay.RttTolerance;
import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.model.measure.SampleStatus;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs one sample through its stages and always hands back a row: OK, the migration's own failure
 * or timeout, FLAGGED when the RTT was off, or the stage where the lab failed or the user stopped.
 */
final class SampleRun {
    /** How long a task left running for the VM may take to end on its own before it is stopped. */
    static final Duration LEFTOVER_PATIENCE = Duration.ofMinutes(2);
    private static final Duration LEFTOVER_STOP_GRACE = Duration.ofMinutes(2);

    private final LabSession lab;
    private final RunIdentity run;
    private final SweepConfig sweep;
    private final Integer queueLimitPackets;
    private final RttTolerance tolerance;
    private final StopSignal stop;
    private final LeftoverTasks leftovers;
    private final Consumer<String> notes;

    SampleRun(LabSession lab, RunIdentity run, SweepConfig sweep, Integer queueLimitPackets, StopSignal stop,
            Consumer<String> notes) {
        this.stop = stop;
        this.notes = notes;
        this.leftovers = new LeftoverTasks(lab, LEFTOVER_PATIENCE, LEFTOVER_STOP_GRACE);
        this.lab = lab;
        this.run = run;
        this.sweep = sweep;
        this.queueLimitPackets = queueLimitPackets;
        this.tolerance = new RttTolerance(sweep.rttToleranceMs(), sweep.rttToleranceRelative());
    }

    /** How a sample ended for the sweep: go on, or stop (the row says why). */
    enum Next { CONTINUE, INTERRUPTED, LAB_FAULT }

    record Ended(SampleRecord record, Next next) {
    }

    Ended execute(PlannedSample sample) {
        SampleRecord record = new SampleRecord(run, sample, lab.clock().now());
        try {
            stages(sample, record);
            return new Ended(record, Next.CONTINUE);
        } catch (InterruptedException e) {
            record.failed(SampleStatus.INTERRUPTED, "interrupted (Ctrl-C or shutdown) during " + record.stage);
            return new Ended(record, Next.INTERRUPTED);
        } catch (IOException e) {
            if (interruptedIo(e)) {
                record.failed(SampleStatus.INTERRUPTED, "interrupted (Ctrl-C or shutdown) during " + record.stage);
                return new Ended(record, Next.INTERRUPTED);
            }
            // the lab stopped answering: the sample never got to its end, so a resumed run repeats it
            record.failed(SampleStatus.INTERRUPTED, e.getClass().getSimpleName() + ": " + e.getMessage());
            return new Ended(record, Next.LAB_FAULT);
        } catch (RuntimeException e) {
            record.failed(SampleStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
            return new Ended(record, Next.LAB_FAULT);
        }
    }

    /** HTTP and SSH clients turn an interrupt into an {@link InterruptedIOException}; a timeout is not one. */
    private static boolean interruptedIo(IOException e) {
        return Thread.currentThread().isInterrupted()
                || e instanceof InterruptedIOException && !(e instanceof java.net.SocketTimeoutException);
    }

    private void stages(PlannedSample sample, SampleRecord record) throws IOException, InterruptedException {
        record.stage = Stage.PROVISION.label();
        String leftover = leftovers.clear(run.migration().vmId());
        if (leftover != null) {
            notes.accept(leftover);
        }
        locate(record);
        lab.delay().apply(new DelaySetting(sample.rttMs(), queueLimitPackets));
        DelayState before = lab.delay().readBack();
        record.queueLimitPackets = before.queueLimitPackets();
        ContextColumns.delayInto(record, before, ContextColumns.BEFORE);
        PingSummary ping = lab.rtt().ping(record.sourceNode, record.targetNode);
        record.rttMeasuredMs = ping.anyReply() ? ping.avgMs() : null;
        RttCheck rtt = tolerance.check(sample.rttMs(), ping);

        stop.checkpoint();
        record.stage = Stage.PREPARE.label();
        ContextColumns.readInto(record, lab.contextSources(), ContextColumns.BEFORE);
        lab.guestLoad().fill(sample.fillBytes(), Duration.ofMillis(Math.round(sweep.sampleTimeoutS() * 1000)));
        lab.clock().sleepMillis(Math.round(sweep.settleS() * 1000));
        record.guestUsedBytes = lab.guestLoad().usedBytes();

        stop.checkpoint();
        record.stage = Stage.RUN.label();
        record.outcome = migrate(record);

        record.stage = Stage.CLEANUP.label();
        lab.guestLoad().stop();
        ContextColumns.readInto(record, lab.contextSources(), ContextColumns.AFTER);
        DelayState after = lab.delay().readBack();
        ContextColumns.delayInto(record, after, ContextColumns.AFTER);
        record.context(ContextColumns.DELAY_RAW, after.rawText());
        settle(rtt, record);
    }

    /** Where the VM is now, and so which way it goes. */
    private void locate(SampleRecord record) throws IOException, InterruptedException {
        record.sourceNode = lab.hypervisor().locate(run.migration().vmId());
        if (!run.isMigrationNode(record.sourceNode)) {
            throw new IOException("VM " + run.migration().vmId() + " runs on " + record.sourceNode
                    + ", which is neither node_a nor node_b");
        }
        record.targetNode = run.otherNode(record.sourceNode);
    }

    private MigrationOutcome migrate(SampleRecord record) throws IOException, InterruptedException {
        // read again right before the call: a task that ended during fill and settle may have moved the VM
        locate(record);
        Duration timeout = Duration.ofMillis(Math.round(sweep.sampleTimeoutS() * 1000));
        MigrationOutcome outcome = lab.hypervisor().migrate(new MigrationRequest(
                run.migration().vmId(), record.sourceNode, record.targetNode, timeout));
        record.context(ContextColumns.MIGRATION_DETAILS, details(outcome.details()));
        return outcome;
    }

    /** The final status: the migration's own, demoted to FLAGGED when the RTT was out of tolerance. */
    private static void settle(RttCheck rtt, SampleRecord record) {
        MigrationOutcome outcome = record.outcome;
        if (outcome.status() != SampleStatus.OK) {
            record.status = outcome.status();
            record.stage = outcome.stage() == null ? Stage.RUN.label() : Stage.RUN.label() + ":" + outcome.stage();
            record.error = outcome.error();
            return;
        }
        if (!rtt.withinTolerance()) {
            record.status = SampleStatus.FLAGGED;
            record.stage = Stage.PROVISION.label();
            record.error = rtt.flagReason();
            return;
        }
        record.status = SampleStatus.OK;
    }

    private static String details(Map<String, String> details) {
        return new TreeMap<>(details).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }
}
