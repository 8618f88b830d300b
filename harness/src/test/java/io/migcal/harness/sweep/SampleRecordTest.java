package io.migcal.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.model.measure.MeasurementRow;
import io.migcal.model.measure.SampleStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one transfer-time rule: the driver's own timing or nothing, never another span as a stand-in. */
class SampleRecordTest {
    private static final RunIdentity RUN = new RunIdentity("run-1", "qmp", LabDoubles.MIGRATION);

    @Test
    void transferTimeIsTheDriversAndTaskDurationTheHypervisorsOwn() {
        SampleRecord record = record(new MigrationOutcome(SampleStatus.OK, 12.5, 11.0, 14.0, 40.0, 1_000L, 100.0,
                null, null, null, Map.of()));
        record.status = SampleStatus.OK;

        MeasurementRow row = record.toRow();

        assertThat(row.transferTimeS()).isEqualTo(12.5);
        assertThat(row.taskDurationS()).isEqualTo(14.0);
        assertThat(row.migrationPhaseS()).isEqualTo(11.0);
        assertThat(row.direction()).isEqualTo("A->B");
        assertThat(row.stage()).isNull();
    }

    @Test
    void aMigrationThatNeverStartedHasNoTransferTime() {
        SampleRecord record = record(new MigrationOutcome(SampleStatus.FAILED, null, null, null, null, null, 20.0,
                "start-incoming", "no QEMU listening", null, Map.of()));
        record.failed(SampleStatus.FAILED, "no QEMU listening");
        record.stage = "run:start-incoming";

        MeasurementRow row = record.toRow();

        assertThat(row.transferTimeS()).isNull();
        assertThat(row.pollIntervalMs()).isEqualTo(20.0);
        assertThat(row.stage()).isEqualTo("run:start-incoming");
        assertThat(row.error()).isEqualTo("no QEMU listening");
    }

    @Test
    void aSampleStoppedBeforeTheMigrationKeepsWhatItMeasured() {
        SampleRecord record = new SampleRecord(RUN, PlannedSample.of(6.0, 1000L, 2), Instant.EPOCH);
        record.guestUsedBytes = 5_000L;

        MeasurementRow row = record.toRow();

        assertThat(row.status()).isEqualTo(SampleStatus.FAILED);
        assertThat(row.transferTimeS()).isNull();
        assertThat(row.guestUsedBytes()).isEqualTo(5_000L);
        assertThat(row.rttSetMs()).isEqualTo(6.0);
        assertThat(row.repetition()).isEqualTo(2);
        assertThat(row.direction()).isNull();
    }

    private static SampleRecord record(MigrationOutcome outcome) {
        SampleRecord record = new SampleRecord(RUN, PlannedSample.of(6.0, 1000L, 1), Instant.EPOCH);
        record.sourceNode = "pve1";
        record.targetNode = "pve2";
        record.outcome = outcome;
        return record;
    }
}
