package io.migcal.harness.sweep;

import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.delay.DelaySetting;
import io.migcal.harness.delay.DelayState;
import io.migcal.harness.delay.PingSummary;
import io.migcal.harness.delay.RttCheck;
import io.migcal.harness.delay.RttTolerance;
import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.harness.reconnect.LinkFault;
import io.migcal.harness.reconnect.ReconnectJournal;
import io.migcal.model.measure.SampleStatus;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs one sample through its stages and always hands back a row: OK, the migration's own failure
 * or timeout, FLAGGED when the RTT was off, or the stage where the lab failed, a link fault disturbed
 * it, or the user stopped.
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
    private final int sweepRepeats;
    private final LeftoverTasks leftovers;
    private final Consumer<String> notes;

    SampleRun(LabSession lab, RunIdentity run, SweepConfig sweep, Integer queueLimitPackets, StopSignal stop,
            int sampleRepeats, Consumer<String> notes) {
        this.stop = stop;
        this.sweepRepeats = sampleRepeats;
        this.notes = notes;
        this.leftovers = new LeftoverTasks(lab, LEFTOVER_PATIENCE, LEFTOVER_STOP_GRACE);
        this.lab = lab;
        this.run = run;
        this.sweep = sweep;
        this.queueLimitPackets = queueLimitPackets;
        this.tolerance = new RttTolerance(sweep.rttToleranceMs(), sweep.rttToleranceRelative());
    }

    /**
     * How a sample ended for the sweep: go on, stop (the row says why), or measure it again because a
     * link fault disturbed it ({@link #DISTURBED}: restore the lab, then repeat).
     */
    enum Next { CONTINUE, INTERRUPTED, LAB_FAULT, DISTURBED }

    record Ended(SampleRecord record, Next next) {
    }

    Ended execute(PlannedSample sample) {
        return execute(sample, 1);
    }

    /**
     * Runs attempt {@code attempt} of {@code sample}. A link fault (an SSH command cut off, a request
     * whose reply never came, any retry while the migration ran) before the migration's end was safely
     * seen makes it {@link Next#DISTURBED}; the row names the fault and every retry of the attempt.
     */
    Ended execute(PlannedSample sample, int attempt) {
        SampleRecord record = new SampleRecord(run, sample, lab.clock().now());
        int journalMark = lab.reconnects().mark();
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
            return new Ended(record, e instanceof LinkFault ? Next.DISTURBED : Next.LAB_FAULT);
        } catch (RuntimeException e) {
            record.failed(SampleStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
            return new Ended(record, Next.LAB_FAULT);
        } finally {
            SampleReconnects.into(record, attempt, lab.reconnects().since(journalMark));
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
        RttCheck rtt;
        try (PingInBackground ping = PingInBackground.start(lab.rtt(), record.sourceNode, record.targetNode)) {
            stop.checkpoint();
            record.stage = Stage.PREPARE.label();
            prepareGuest(sample, record);
            rtt = checkRtt(sample, record, ping);
        }
        record.guestUsedBytes = lab.guestLoad().usedBytes();

        stop.checkpoint();
        record.stage = Stage.RUN.label();
        Long guestClockOffsetNs = lab.guestLoad().meters() ? guestClockOffsetNs() : null;
        record.outcome = migrate(record);
        GuestLoadColumns.dirtyRateInto(record, record.outcome);
        Long guestStartNs = guestClockOffsetNs == null ? null : guestClockOffsetNs + record.migrateCalledNanos;

        record.stage = Stage.CLEANUP.label();
        cleanUp(record, guestStartNs);
        settle(rtt, record);
    }

    private void prepareGuest(PlannedSample sample, SampleRecord record) throws IOException, InterruptedException {
        ContextColumns.readInto(record, lab.contextSources(), ContextColumns.BEFORE);
        Duration loadTimeout = Duration.ofMillis(Math.round(sweep.sampleTimeoutS() * 1000));
        lab.guestLoad().fill(sample.fillBytes(), loadTimeout);
        if (sample.dirties()) {
            lab.guestLoad().startDirtying(sample.dirtyRateBytesPerS(), loadTimeout);
        }
        if (lab.guestLoad().meters()) {
            lab.guestLoad().startProgressMeter();
        }
        lab.clock().sleepMillis(Math.round(sweep.settleS() * 1000));
    }

    /**
     * The guest's clock minus the harness's monotonic clock, in nanoseconds: the guest is read between
     * two harness readings and taken to have answered halfway (off by at most half the round trip).
     */
    private long guestClockOffsetNs() throws IOException, InterruptedException {
        long before = lab.clock().nanoTime();
        long guestNs = lab.guestLoad().guestClockNs();
        long after = lab.clock().nanoTime();
        return guestNs - (before + (after - before) / 2);
    }

    /** The ping's result, taken before the migration starts; a ping that failed fails the provision stage. */
    private RttCheck checkRtt(PlannedSample sample, SampleRecord record, PingInBackground background)
            throws IOException, InterruptedException {
        String stage = record.stage;
        record.stage = Stage.PROVISION.label();
        PingSummary ping = background.await();
        record.stage = stage;
        record.rttMeasuredMs = ping.anyReply() ? ping.avgMs() : null;
        return tolerance.check(sample.rttMs(), ping);
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

    /**
     * Reads the guest's progress (when it was metered), stops the load and reads the context again. The measurement is already taken: a command cut off
     * here is not a reason to measure again, so the whole cleanup (stops and reads only) is done over.
     */
    private void cleanUp(SampleRecord record, Long guestStartNs) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (guestStartNs != null) {
                    GuestLoadColumns.slowdownInto(record, lab.guestLoad().readProgress(), guestStartNs, record.outcome);
                }
                lab.guestLoad().stop();
                ContextColumns.readInto(record, lab.contextSources(), ContextColumns.AFTER);
                DelayState after = lab.delay().readBack();
                ContextColumns.delayInto(record, after, ContextColumns.AFTER);
                record.context(ContextColumns.DELAY_RAW, after.rawText());
                return;
            } catch (IOException e) {
                if (!(e instanceof LinkFault) || attempt > sweepRepeats) {
                    throw e;
                }
                record.cleanupRepeats.add(e.getMessage());
            }
        }
    }

    private MigrationOutcome migrate(SampleRecord record) throws IOException, InterruptedException {
        // read again right before the call: a task that ended during fill and settle may have moved the VM
        locate(record);
        Duration timeout = Duration.ofMillis(Math.round(sweep.sampleTimeoutS() * 1000));
        int mark = lab.reconnects().mark();
        record.migrateCalledNanos = lab.clock().nanoTime();
        MigrationOutcome outcome = lab.hypervisor().migrate(new MigrationRequest(
                run.migration().vmId(), record.sourceNode, record.targetNode, timeout, record.settings()));
        Map<String, String> details = new java.util.LinkedHashMap<>(outcome.details());
        for (String probed : ContextColumns.PROBE) {
            if (details.containsKey(probed)) {
                record.context(probed, details.remove(probed));
            }
        }
        record.context(ContextColumns.MIGRATION_DETAILS, details(details));
        List<ReconnectJournal.Entry> during = lab.reconnects().since(mark);
        if (!during.isEmpty()) {
            record.outcome = outcome;
            throw new DisturbedMeasurementException("the migration ended (" + outcome.status().csvName()
                    + ") but the link broke while it ran (" + during.get(0).describe() + "); its timing is not trusted");
        }
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
