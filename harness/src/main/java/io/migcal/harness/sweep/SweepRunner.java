package io.migcal.harness.sweep;

import io.migcal.harness.config.ReconnectConfig;
import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.sweep.SweepOutcome.Ending;
import io.migcal.model.measure.MeasurementCsvWriter;
import io.migcal.model.measure.MeasurementRow;
import io.migcal.model.measure.SampleStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Runs the planned samples one after the other against a lab, writing each row to disk the moment
 * its sample ends, and restores the lab in {@code finally}. A failed migration is a row and the
 * sweep goes on; a sample a link fault disturbed is measured again once the lab is restored; a lab
 * fault (a link down for longer than the reconnect budget, an unreachable API) or an interrupt ends the sweep.
 */
public final class SweepRunner {
    private final LabSession lab;
    private final RunIdentity run;
    private final SweepConfig sweep;
    private final SampleRun sampleRun;
    private final MeasurementCsvWriter writer;
    private final SweepListener listener;
    private final StopSignal stop;

    private final int sampleRepeats;
    private final ProgressHistory progress;

    public SweepRunner(LabSession lab, RunIdentity run, SweepConfig sweep, Integer queueLimitPackets,
            MeasurementCsvWriter writer, SweepListener listener, StopSignal stop) {
        this(lab, run, sweep, queueLimitPackets, writer, listener, stop, ReconnectConfig.DEFAULT.sampleRepeats());
    }

    /** As above; a sample disturbed by a link fault is measured again at most {@code sampleRepeats} times. */
    public SweepRunner(LabSession lab, RunIdentity run, SweepConfig sweep, Integer queueLimitPackets,
            MeasurementCsvWriter writer, SweepListener listener, StopSignal stop, int sampleRepeats) {
        this(lab, run, sweep, queueLimitPackets, writer, listener, stop, sampleRepeats, ProgressHistory.NONE);
    }

    /** As above, keeping each migration's progress history in {@code progress}. */
    SweepRunner(LabSession lab, RunIdentity run, SweepConfig sweep, Integer queueLimitPackets,
            MeasurementCsvWriter writer, SweepListener listener, StopSignal stop, int sampleRepeats,
            ProgressHistory progress) {
        this.progress = progress;
        this.lab = lab;
        this.run = run;
        this.sweep = sweep;
        this.stop = stop;
        this.sampleRepeats = sampleRepeats;
        this.sampleRun = new SampleRun(lab, run, sweep, queueLimitPackets, stop, sampleRepeats, listener::note);
        this.writer = writer;
        this.listener = listener;
    }

    /** Runs {@code samples} (already without the finished ones); {@code alreadyDone} counts those. */
    public SweepOutcome run(List<PlannedSample> samples, int alreadyDone, int total) {
        Tally tally = new Tally(alreadyDone, total);
        Ending ending = Ending.COMPLETED;
        String message = "all " + total + " samples done";
        LabRestorer.Report teardown;
        try {
            for (PlannedSample sample : samples) {
                if (Thread.interrupted() || stop.isRequested()) {
                    ending = Ending.INTERRUPTED;
                    message = "interrupted before sample " + sample.sampleId();
                    break;
                }
                SampleRun.Ended ended = runOne(sample, tally);
                if (ended.next() != SampleRun.Next.CONTINUE) {
                    ending = ended.next() == SampleRun.Next.INTERRUPTED ? Ending.INTERRUPTED : Ending.LAB_FAULT;
                    message = "sample " + sample.sampleId() + " stopped in stage " + ended.record().stage + ": "
                            + ended.record().error;
                    break;
                }
                if (tally.consecutiveFailures >= sweep.maxConsecutiveFailures()) {
                    ending = Ending.TOO_MANY_FAILURES;
                    message = tally.consecutiveFailures + " samples failed in a row (last: " + ended.record().error
                            + "); fix the lab and resume";
                    break;
                }
            }
        } finally {
            teardown = LabRestorer.restore(lab, run.migration().vmId());
            listener.note(teardown.summary());
        }
        return new SweepOutcome(ending, tally.rowsWritten, tally.okRows, message, teardown.summary());
    }

    /**
     * Runs the sample, and again after each attempt a link fault disturbed (every attempt is a row; a
     * disturbed one is {@code interrupted}, so it never counts as done). Between attempts the lab is
     * restored through the reconnecting clients; if that fails, or the repeats run out, it is a lab fault.
     */
    private SampleRun.Ended runOne(PlannedSample sample, Tally tally) {
        SampleRun.Ended ended = attempt(sample, tally, 1);
        for (int attempt = 2; ended.next() == SampleRun.Next.DISTURBED; attempt++) {
            String why = "sample " + sample.sampleId() + " attempt " + (attempt - 1) + " disturbed: " + ended.record().error;
            if (attempt > sampleRepeats + 1) {
                listener.note(why + "; no repeats left (reconnect.sample_repeats " + sampleRepeats + ")");
                return new SampleRun.Ended(ended.record(), SampleRun.Next.LAB_FAULT);
            }
            LabRestorer.Report restored = LabRestorer.restore(lab, run.migration().vmId());
            listener.note(why + "; " + restored.summary() + (restored.problems().isEmpty() ? "; measuring it again" : ""));
            if (!restored.problems().isEmpty() || stop.isRequested()) {
                return new SampleRun.Ended(ended.record(), stop.isRequested() ? SampleRun.Next.INTERRUPTED
                        : SampleRun.Next.LAB_FAULT);
            }
            ended = attempt(sample, tally, attempt);
        }
        return ended;
    }

    private SampleRun.Ended attempt(PlannedSample sample, Tally tally, int attempt) {
        listener.sampleStarted(sample, tally.done, tally.total);
        SampleRun.Ended ended = sampleRun.execute(sample, attempt);
        // the interrupt is now in the row and the ending; cleared so the write (and teardown) still happen
        if (Thread.interrupted() && ended.next() == SampleRun.Next.CONTINUE) {
            ended = new SampleRun.Ended(ended.record(), SampleRun.Next.INTERRUPTED);
        }
        MeasurementRow row = ended.record().toRow();
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to measurements.csv: " + e.getMessage(), e);
        }
        keepProgress(sample, ended.record());
        tally.count(row, ended.next() != SampleRun.Next.DISTURBED);
        String retried = row.context().get(SampleReconnects.RECONNECTS);
        if (retried != null) {
            listener.note("sample " + sample.sampleId() + " attempt " + attempt + " retried: " + retried);
        }
        listener.sampleEnded(row, tally.done, tally.total);
        return ended;
    }

    /** The row is on disk already; a history that cannot be written is noted, never a reason to stop. */
    private void keepProgress(PlannedSample sample, SampleRecord record) {
        try {
            progress.keep(sample.sampleId(), record.outcome);
        } catch (IOException e) {
            listener.note("sample " + sample.sampleId() + ": progress history not kept: " + e.getMessage());
        }
    }

    /** Counts as the sweep goes. */
    private static final class Tally {
        final int total;
        int done;
        int rowsWritten;
        int okRows;
        int consecutiveFailures;

        Tally(int done, int total) {
            this.done = done;
            this.total = total;
        }

        void count(MeasurementRow row, boolean sampleOver) {
            rowsWritten++;
            if (!sampleOver) {
                return;
            }
            done++;
            boolean failed = row.status() == SampleStatus.FAILED || row.status() == SampleStatus.TIMEOUT;
            consecutiveFailures = failed ? consecutiveFailures + 1 : 0;
            okRows += row.status() == SampleStatus.OK ? 1 : 0;
        }
    }
}
