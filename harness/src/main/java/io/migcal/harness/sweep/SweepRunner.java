package io.migcal.harness.sweep;

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
 * sweep goes on; a lab fault (lost connection, unreachable API) or an interrupt ends the sweep.
 */
public final class SweepRunner {
    private final LabSession lab;
    private final RunIdentity run;
    private final SweepConfig sweep;
    private final SampleRun sampleRun;
    private final MeasurementCsvWriter writer;
    private final SweepListener listener;
    private final StopSignal stop;

    public SweepRunner(LabSession lab, RunIdentity run, SweepConfig sweep, Integer queueLimitPackets,
            MeasurementCsvWriter writer, SweepListener listener, StopSignal stop) {
        this.lab = lab;
        this.run = run;
        this.sweep = sweep;
        this.stop = stop;
        this.sampleRun = new SampleRun(lab, run, sweep, queueLimitPackets, stop, listener::note);
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

    private SampleRun.Ended runOne(PlannedSample sample, Tally tally) {
        listener.sampleStarted(sample, tally.done, tally.total);
        SampleRun.Ended ended = sampleRun.execute(sample);
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
        tally.count(row);
        listener.sampleEnded(row, tally.done, tally.total);
        return ended;
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

        void count(MeasurementRow row) {
            rowsWritten++;
            done++;
            boolean failed = row.status() == SampleStatus.FAILED || row.status() == SampleStatus.TIMEOUT;
            consecutiveFailures = failed ? consecutiveFailures + 1 : 0;
            okRows += row.status() == SampleStatus.OK ? 1 : 0;
        }
    }
}
