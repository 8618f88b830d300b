package io.migcal.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.sweep.ScriptedHypervisor.Answer;
import io.migcal.harness.sweep.SweepOutcome.Ending;
import io.migcal.model.measure.MeasurementCsvWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {
    @TempDir
    Path dir;

    final LabDoubles lab = new LabDoubles();
    final StopSignal stop = new StopSignal();

    SweepOutcome run(SweepConfig sweep) throws Exception {
        SweepPlan plan = SweepPlan.expand(sweep);
        LabSession session = lab.session();
        List<String> columns = ContextColumns.declare(session, io.migcal.harness.config.SettingAxes.NONE);
        try (MeasurementCsvWriter writer = MeasurementCsvWriter.append(dir.resolve("measurements.csv"), columns)) {
            SweepRunner runner = new SweepRunner(session, new RunIdentity("run1", session.method(), LabDoubles.MIGRATION),
                    sweep, null, writer, new SilentListener(), stop);
            return runner.run(plan.samples(), 0, plan.samples().size());
        }
    }

    List<Map<String, String>> rows() throws Exception {
        return MeasurementsOnDisk.read(dir.resolve("measurements.csv")).rows();
    }

    @Test
    void everySampleBecomesARowAndTheVmGoesBackAndForth() throws Exception {
        SweepOutcome outcome = run(LabDoubles.sweep(List.of(0.0, 6.0), List.of(644245094L), 2));

        assertThat(outcome.ending()).isEqualTo(Ending.COMPLETED);
        assertThat(rows()).extracting(r -> r.get("direction")).containsExactly("A->B", "B->A", "A->B", "B->A");
        assertThat(rows()).extracting(r -> r.get("source_node")).containsExactly("pve1", "pve2", "pve1", "pve2");
        assertThat(rows()).extracting(r -> r.get("status")).containsOnly("ok");
        assertThat(rows()).extracting(r -> r.get("rtt_set_ms")).containsExactly("0", "0", "6", "6");
        assertThat(rows()).extracting(r -> r.get("rtt_measured_ms")).containsExactly("0.2", "0.2", "6.2", "6.2");
        assertThat(rows().get(0)).containsEntry("guest_used_bytes", String.valueOf(150_000_000L + 644245094L))
                .containsEntry("transfer_time_s", "12.5").containsEntry("downtime_ms", "42")
                .containsEntry("poll_interval_ms", "500").containsEntry("stage", "")
                .containsEntry("node_a_tcp_cc_before", "cubic").containsEntry("node_a_tcp_cc_after", "cubic")
                .containsEntry("delay_applied_rtt_ms_before", "0.000")
                .containsEntry("delay_dropped_packets_before", "6").containsEntry("delay_dropped_packets_after", "9")
                .containsEntry("migration_details", "upid=UPID:pve1:0001");
        assertThat(lab.clock.sleptMillis).containsExactly(5000L, 5000L, 5000L, 5000L);
        assertThat(lab.restored()).isTrue();
    }

    @Test
    void aFailedMigrationIsARowAndTheSweepGoesOn() throws Exception {
        lab.hypervisor.then(Answer.OK, Answer.TASK_ERROR);

        SweepOutcome outcome = run(LabDoubles.sweep(List.of(2.0), List.of(1000L), 3));

        assertThat(outcome.ending()).isEqualTo(Ending.COMPLETED);
        assertThat(rows()).extracting(r -> r.get("status")).containsExactly("ok", "failed", "ok");
        assertThat(rows().get(1)).containsEntry("stage", "run:migration aborted")
                .containsEntry("error", "TASK ERROR: migration problems")
                // the driver timed no transfer: the row says so, and keeps the hypervisor's own duration
                .containsEntry("transfer_time_s", "").containsEntry("task_duration_s", "13");
        // the VM stayed on pve2 after the failure, so the third sample goes B->A again
        assertThat(rows()).extracting(r -> r.get("direction")).containsExactly("A->B", "B->A", "B->A");
        assertThat(lab.guest.stops).isGreaterThanOrEqualTo(3);
        assertThat(lab.restored()).isTrue();
    }

    @Test
    void tooManyFailuresInARowStopTheSweepAndRestoreTheLab() throws Exception {
        lab.hypervisor.then(Answer.TASK_ERROR, Answer.TASK_ERROR, Answer.TASK_ERROR);

        SweepOutcome outcome = run(LabDoubles.sweep(List.of(2.0, 4.0), List.of(1000L), 3));

        assertThat(outcome.ending()).isEqualTo(Ending.TOO_MANY_FAILURES);
        assertThat(outcome.message()).contains("3 samples failed in a row");
        assertThat(rows()).hasSize(3);
        assertThat(lab.restored()).isTrue();
    }

    @Test
    void aConnectionLostMidSampleIsRecordedAndTheLabRestored() throws Exception {
        lab.guest.dropConnectionAfter(1);

        SweepOutcome outcome = run(LabDoubles.sweep(List.of(2.0, 4.0), List.of(1000L), 1));

        assertThat(outcome.ending()).isEqualTo(Ending.LAB_FAULT);
        assertThat(outcome.message()).contains("rtt4ms-fill1000B-rep1").contains("prepare").contains("session is down");
        assertThat(rows()).extracting(r -> r.get("status")).containsExactly("ok", "interrupted");
        assertThat(rows().get(1)).containsEntry("stage", "prepare")
                .containsEntry("error", "IOException: session is down");
        assertThat(lab.restored()).isTrue();
    }

    @Test
    void aLostApiConnectionDuringMigrationEndsTheSweepWithTheRowOnDisk() throws Exception {
        lab.hypervisor.then(Answer.OK, Answer.LOST_CONNECTION);

        SweepOutcome outcome = run(LabDoubles.sweep(List.of(2.0), List.of(1000L), 3));

        assertThat(outcome.ending()).isEqualTo(Ending.LAB_FAULT);
        assertThat(rows()).extracting(r -> r.get("stage")).containsExactly("", "run");
        assertThat(rows()).extracting(r -> r.get("status")).containsExactly("ok", "interrupted");
        assertThat(lab.restored()).isTrue();
    }

    @Test
    void aMeasuredRttOutOfToleranceFlagsTheRow() throws Exception {
        lab.pathRttMs = 2.5;

        run(LabDoubles.sweep(List.of(6.0), List.of(1000L), 1));

        assertThat(rows().get(0)).containsEntry("status", "flagged").containsEntry("rtt_measured_ms", "8.5");
        // allowed: 1 ms plus 10 % of the 6 ms set
        assertThat(rows().get(0).get("error")).contains("measured RTT 8.500 ms is 2.500 ms off").contains("allowed 1.600 ms");
    }

    @Test
    void interruptingTheRunnerMidMigrationRecordsTheSampleAndRestoresTheLab() throws Exception {
        lab.hypervisor.then(Answer.OK, Answer.HANG);
        AtomicReference<SweepOutcome> outcome = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                outcome.set(run(LabDoubles.sweep(List.of(2.0), List.of(1000L), 4)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        runner.start();
        assertThat(lab.hypervisor.migrating.await(10, TimeUnit.SECONDS)).isTrue();

        runner.interrupt();
        runner.join(10_000);

        assertThat(outcome.get().ending()).isEqualTo(Ending.INTERRUPTED);
        assertThat(lab.hypervisor.cancelledOnInterrupt).isTrue();
        assertThat(rows()).extracting(r -> r.get("status")).containsExactly("ok", "interrupted");
        assertThat(rows().get(1)).containsEntry("stage", "run");
        assertThat(lab.restored()).isTrue();
        assertThat(outcome.get().teardown()).contains("delay cleared").contains("load stopped");
    }

    @Test
    void aStopRequestWhoseInterruptWasSwallowedEndsTheSweepAtTheNextStage() throws Exception {
        lab.hypervisor.then(Answer.OK);
        // a client library that swallows interrupts: only the stop request survives
        lab.guest.onFill(stop::request);

        SweepOutcome outcome = run(LabDoubles.sweep(List.of(2.0, 4.0), List.of(1000L), 1));

        assertThat(outcome.ending()).isEqualTo(Ending.INTERRUPTED);
        assertThat(rows()).extracting(r -> r.get("status")).containsExactly("interrupted");
        assertThat(rows().get(0)).containsEntry("stage", "prepare");
        assertThat(lab.hypervisor.requests).isEmpty();
        assertThat(lab.restored()).isTrue();
    }
}
