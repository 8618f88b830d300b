package io.migcal.model.measure;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvSource;
import io.migcal.model.csv.CsvTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link MeasurementCsvWriter} writes reads back cell for cell, multi-line text included. */
class MeasurementCsvRoundTripTest {
    private static final String READBACK = "qdisc netem 8001: root refcnt 2 limit 1000 delay 5ms\n"
            + " Sent 54084 bytes 816 pkt (dropped 0, overlimits 0 requeues 0)\n backlog 0b 0p requeues 0\n";
    private static final String ERROR = "TASK ERROR: migration aborted\r\nsecond line; \"why\", said QEMU";

    @TempDir
    Path dir;

    @Test
    void everyColumnOfAFullRowAndOfAnEmptyRowReadsBackAsWritten() throws Exception {
        Path file = dir.resolve("measurements.csv");
        try (MeasurementCsvWriter writer = MeasurementCsvWriter.append(file, List.of("delay_readback", "note", "node"))) {
            writer.write(full());
            writer.write(sparse());
        }

        CsvTable table = CsvSource.read(file, "--data").table(CsvDelimiter.COMMA);

        List<String> header = new ArrayList<>(MeasurementColumns.FIXED);
        header.addAll(List.of("delay_readback", "note", "node"));
        assertThat(table.header()).isEqualTo(header);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cells()).containsExactly("run, \"quoted\"", "rtt10.5ms-fill209715200B-rep3", "3",
                "7", "2026-11-26T07:29:56.988193502Z", "qmp", " 100 ", "migcal-a", "migcal-b", "A->B", "10.5", "10.731",
                "1000", "209715200", "403378176", "1250000", "2.371512952", "2.365", "2.367", "4", "320958994", "20",
                "failed", "migrate", ERROR, READBACK, "#first, then ünïcödé ✓", "");
        assertThat(table.rows().get(1).cells()).containsExactly("run, \"quoted\"", "s2", "1", "0", "", "", "", "", "",
                "", "0", "", "", "0", "", "", "", "", "", "", "", "", "ok", "", "", "", "", "");
        assertThat(table.rows().get(1).line()).isEqualTo(2 + 2 + 3);
    }

    @Test
    void lineBreaksInsideCellsAreWrittenAsTheyAreInsideQuotes() throws Exception {
        Path file = dir.resolve("measurements.csv");
        try (MeasurementCsvWriter writer = MeasurementCsvWriter.append(file, List.of("delay_readback", "note", "node"))) {
            writer.write(full());
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(text).contains(",\"" + ERROR.replace("\"", "\"\"") + "\",\"" + READBACK + "\",")
                .startsWith("run_id,sample_id,").endsWith(",\"#first, then ünïcödé ✓\",\n");
    }

    @Test
    void theFitterReadsTheOkRowsOfAWrittenFileWithMultiLineCells() throws Exception {
        Path file = dir.resolve("measurements.csv");
        try (MeasurementCsvWriter writer = MeasurementCsvWriter.append(file, List.of("delay_readback", "note", "node"))) {
            writer.write(full());
            writer.write(ok(2.5, 4));
            writer.write(ok(3.25, 5));
        }

        MeasurementData data = MeasurementCsvReader.read(file);

        assertThat(data.observations()).containsExactly(new FitObservation(10.5, 403_378_176, 2.5, null, 7),
                new FitObservation(10.5, 403_378_176, 3.25, null, 7 + 4));
        assertThat(data.skippedRows()).isEqualTo(1);
    }

    private static MeasurementRow full() {
        Map<String, String> context = new LinkedHashMap<>();
        context.put("delay_readback", READBACK);
        context.put("note", "#first, then ünïcödé ✓");
        return MeasurementRow.builder().runId("run, \"quoted\"").sampleId("rtt10.5ms-fill209715200B-rep3").repetition(3)
                .orderIndex(7).startedAt(Instant.parse("2026-11-26T07:29:56.988193502Z")).method("qmp").vmId(" 100 ")
                .sourceNode("migcal-a").targetNode("migcal-b").direction("A->B").rttSetMs(10.5).rttMeasuredMs(10.731)
                .queueLimitPackets(1000).fillBytes(209_715_200L).guestUsedBytes(403_378_176L).dirtyRateBytesPerS(1.25e6)
                .transferTimeS(2.371512952).migrationPhaseS(2.365).taskDurationS(2.367).downtimeMs(4.0)
                .transferredBytes(320_958_994L).pollIntervalMs(20.0).status(SampleStatus.FAILED).stage("migrate")
                .error(ERROR).context(context).build();
    }

    private static MeasurementRow sparse() {
        return MeasurementRow.builder().runId("run, \"quoted\"").sampleId("s2").repetition(1).status(SampleStatus.OK)
                .build();
    }

    private static MeasurementRow ok(double transferTimeS, int orderIndex) {
        return MeasurementRow.builder().runId("r").sampleId("s" + orderIndex).repetition(1).orderIndex(orderIndex)
                .method("qmp").vmId("100").sourceNode("a").targetNode("b").direction("A->B").rttSetMs(10.5)
                .guestUsedBytes(403_378_176L).transferTimeS(transferTimeS).status(SampleStatus.OK)
                .context(Map.of("delay_readback", READBACK)).build();
    }
}
