package io.migcal.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.model.measure.MeasurementCsvWriter;
import io.migcal.model.measure.MeasurementRow;
import io.migcal.model.measure.SampleStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementsOnDiskTest {
    @TempDir
    Path dir;

    static MeasurementRow row(String id, SampleStatus status, String error) {
        return MeasurementRow.builder().runId("r").sampleId(id).repetition(1).orderIndex(0).method("m").vmId("100")
                .sourceNode("a").targetNode("b").direction("A->B").rttSetMs(2.0).fillBytes(1000).status(status)
                .error(error).context(Map.of("ctx", "x, \"y\"")).build();
    }

    @Test
    void finishedSamplesAreThoseWithARowThatWasNotInterrupted() throws Exception {
        Path csv = dir.resolve("measurements.csv");
        try (MeasurementCsvWriter writer = MeasurementCsvWriter.append(csv, List.of("ctx"))) {
            writer.write(row("s1", SampleStatus.OK, null));
            writer.write(row("s2", SampleStatus.INTERRUPTED, "lost, \"really\""));
            writer.write(row("s3", SampleStatus.FAILED, "TASK ERROR: x"));
        }

        MeasurementsOnDisk onDisk = MeasurementsOnDisk.read(csv);

        assertThat(onDisk.contextColumns()).containsExactly("ctx");
        assertThat(onDisk.finishedSampleIds()).containsExactly("s1", "s3");
        assertThat(onDisk.rows().get(1)).containsEntry("error", "lost, \"really\"").containsEntry("ctx", "x, \"y\"");
    }

    @Test
    void aLineTornByAKillIsIgnoredAndCutBeforeAppending() throws Exception {
        Path csv = dir.resolve("measurements.csv");
        try (MeasurementCsvWriter writer = MeasurementCsvWriter.append(csv, List.of("ctx"))) {
            writer.write(row("s1", SampleStatus.OK, null));
        }
        Files.writeString(csv, "r,s2,1,0,,m,100", StandardOpenOption.APPEND);

        assertThat(MeasurementsOnDisk.read(csv).finishedSampleIds()).containsExactly("s1");
        assertThat(MeasurementsOnDisk.dropTornLastLine(csv)).isTrue();
        try (MeasurementCsvWriter writer = MeasurementCsvWriter.append(csv, List.of("ctx"))) {
            writer.write(row("s2", SampleStatus.OK, null));
        }
        assertThat(MeasurementsOnDisk.read(csv).finishedSampleIds()).containsExactly("s1", "s2");
        assertThat(MeasurementsOnDisk.dropTornLastLine(csv)).isFalse();
    }

    @Test
    void aRecordTornInsideAMultiLineCellIsIgnoredAndCutWhileWholeMultiLineRecordsStay() throws Exception {
        Path csv = dir.resolve("measurements.csv");
        String readback = "qdisc netem 8001: root refcnt 2 limit 1000\n Sent 54084 bytes 816 pkt (dropped 0)\n";
        try (MeasurementCsvWriter writer = MeasurementCsvWriter.append(csv, List.of("ctx"))) {
            writer.write(row("s1", SampleStatus.OK, "first line\nsecond line"));
        }
        long whole = Files.size(csv);
        Files.writeString(csv, "r,s2,1,0,,m,100,a,b,A->B,2,,,1000,,,,,,,,,ok,,\"" + readback.substring(0, 50),
                StandardOpenOption.APPEND);

        MeasurementsOnDisk onDisk = MeasurementsOnDisk.read(csv);
        assertThat(onDisk.finishedSampleIds()).containsExactly("s1");
        assertThat(onDisk.rows().get(0)).containsEntry("error", "first line\nsecond line");
        assertThat(MeasurementsOnDisk.dropTornLastLine(csv)).isTrue();
        assertThat(Files.size(csv)).isEqualTo(whole);
        assertThat(MeasurementsOnDisk.dropTornLastLine(csv)).isFalse();
    }
}
