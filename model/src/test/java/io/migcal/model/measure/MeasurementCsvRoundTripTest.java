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
        return new MeasurementRow("run, \"quoted\"", "rtt10.5ms-fill209715200B-rep3", 3, 7,
                Instant.parse("2026-11-26T07:29:56.988193502Z"), "qmp", " 100 ", "migcal-a", "migcal-b", "A->B", 10.5,
                10.731, 1000, 209_715_200L, 403_378_176L, 1.25e6, 2.371512952, 2.365, 2.367, 4.0, 320_958_994L, 20.0,
                SampleStatus.FAILED, "migrate", ERROR, context);
    }

    private static MeasurementRow sparse() {
        return new MeasurementRow("run, \"quoted\"", "s2", 1, 0, null, null, null, null, null, null, 0, null, null, 0,
                null, null, null, null, null, null, null, null, SampleStatus.OK, null, null, Map.of());
    }

    private static MeasurementRow ok(double transferTimeS, int orderIndex) {
        return new MeasurementRow("r", "s" + orderIndex, 1, orderIndex, null, "qmp", "100", "a", "b", "A->B", 10.5,
                null, null, 0, 403_378_176L, null, transferTimeS, null, null, null, null, null, SampleStatus.OK, null,
                null, Map.of("delay_readback", READBACK));
    }
}
