package io.migcal.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.delay.PingSummary;
import io.migcal.harness.sweep.SweepOutcome.Ending;
import io.migcal.model.measure.MeasurementCsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RTT ping overlaps the guest fill, yet its result still decides the row as it did when it came first. */
class PingBesideFillTest {
    @TempDir
    Path dir;

    final LabDoubles lab = new LabDoubles();

    SweepOutcome run(double rttMs) throws Exception {
        SweepPlan plan = SweepPlan.expand(LabDoubles.sweep(List.of(rttMs), List.of(1000L), 1));
        LabSession session = lab.session();
        try (MeasurementCsvWriter writer = MeasurementCsvWriter.append(dir.resolve("measurements.csv"),
                ContextColumns.declare(session, io.migcal.harness.config.SettingAxes.NONE))) {
            return new SweepRunner(session, new RunIdentity("run1", session.method(), LabDoubles.MIGRATION),
                    LabDoubles.sweep(List.of(rttMs), List.of(1000L), 1), null, writer, new SilentListener(),
                    new StopSignal()).run(plan.samples(), 0, plan.samples().size());
        }
    }

    Map<String, String> onlyRow() throws Exception {
        List<Map<String, String>> rows = MeasurementsOnDisk.read(dir.resolve("measurements.csv")).rows();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void thePingIsStillRunningWhenTheFillStarts() throws Exception {
        CountDownLatch fillStarted = new CountDownLatch(1);
        lab.guest.onFill(fillStarted::countDown);
        // a ping that ends only once the fill has begun: run one after the other, it would never see that
        lab.ping = (from, to) -> {
            boolean overlapped = fillStarted.await(20, TimeUnit.SECONDS);
            double rtt = overlapped ? 4.3 : 99.0;
            return new PingSummary(5, 5, 0, rtt, rtt, rtt, 0);
        };

        assertThat(run(4.0).ending()).isEqualTo(Ending.COMPLETED);

        assertThat(onlyRow()).containsEntry("status", "ok").containsEntry("rtt_measured_ms", "4.3");
    }

    @Test
    void aPingOutOfToleranceStillFlagsTheRow() throws Exception {
        lab.pathRttMs = 3.0;

        assertThat(run(4.0).ending()).isEqualTo(Ending.COMPLETED);

        assertThat(onlyRow()).containsEntry("status", "flagged").containsEntry("stage", "provision")
                .containsEntry("rtt_measured_ms", "7");
    }

    @Test
    void aPingThatFailsFailsTheProvisionStageBeforeAnyMigration() throws Exception {
        lab.ping = (from, to) -> {
            throw new IOException("ssh pve1: connection reset");
        };

        SweepOutcome outcome = run(2.0);

        assertThat(outcome.ending()).isEqualTo(Ending.LAB_FAULT);
        assertThat(onlyRow()).containsEntry("status", "interrupted").containsEntry("stage", "provision")
                .containsEntry("error", "IOException: ssh pve1: connection reset");
        assertThat(lab.hypervisor.requests).isEmpty();
        assertThat(lab.restored()).isTrue();
    }
}
