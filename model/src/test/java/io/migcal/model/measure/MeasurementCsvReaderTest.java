package io.migcal.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.model.BadInputException;
import io.migcal.model.csv.CsvDelimiter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementCsvReaderTest {
    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsWhatTheMigcalWriterWritesAndSkipsRowsThatAreNotOk() throws Exception {
        Path file = dir.resolve("measurements.csv");
        try (MeasurementCsvWriter writer = MeasurementCsvWriter.append(file, List.of("tcp_wmem"))) {
            writer.write(row(SampleStatus.OK, 2.5, 1_000_000.0));
            writer.write(row(SampleStatus.FAILED, null, null));
            writer.write(row(SampleStatus.OK, 3.25, null));
        }
        MeasurementData data = MeasurementCsvReader.read(file);
        assertThat(data.observations()).extracting(FitObservation::transferTimeS).containsExactly(2.5, 3.25);
        assertThat(data.observations().get(0).dirtyRateBytesPerS()).isEqualTo(1_000_000.0);
        assertThat(data.observations().get(0).line()).isEqualTo(2);
        assertThat(data.skippedRows()).isEqualTo(1);
        assertThat(data.hasDirtyRates()).isFalse();
        assertThat(data.rttColumn()).isEqualTo("rtt_set_ms");
        assertThat(data.inputSha256()).hasSize(64);
    }

    @Test
    void acceptsAHandMadeFileWithCrlfABomQuotedCellsAndExtraColumns() throws Exception {
        MeasurementData data = MeasurementCsvReader.read(file(
                "\uFEFFnote,transfer_time_s,guest_used_bytes,rtt_measured_ms\r\n\"a, b\",2.5,300000000,10.2\r\n"));
        assertThat(data.observations()).containsExactly(new FitObservation(10.2, 3e8, 2.5, null, 2));
        assertThat(data.rttColumn()).isEqualTo("rtt_measured_ms");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsNamesItsLine() throws Exception {
        Path file = file("rtt_set_ms,guest_used_bytes,transfer_time_s\n0,1,2\n0,1,2,3\n");
        assertThatThrownBy(() -> MeasurementCsvReader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":3:").hasMessageContaining("4 cells");
    }

    @Test
    void aZeroTransferTimeIsRejected() throws Exception {
        Path file = file("rtt_set_ms,guest_used_bytes,transfer_time_s\n0,1,0\n");
        assertThatThrownBy(() -> MeasurementCsvReader.read(file)).hasMessageStartingWith(file + ":2: column transfer_time_s");
    }

    @Test
    void aFileWithoutOkRowsSaysSo() throws Exception {
        Path file = file("rtt_set_ms,guest_used_bytes,transfer_time_s,status\n0,1,,failed\n");
        assertThatThrownBy(() -> MeasurementCsvReader.read(file)).hasMessageContaining("no row with status ok");
    }

    @Test
    void aQuoteThatIsNeverClosedNamesTheLineItOpensOn() throws Exception {
        Path file = file("rtt_set_ms,guest_used_bytes,transfer_time_s,note\n0,1,2,ok\n0,1,2,\"open\n0,1,2,x\n");
        assertThatThrownBy(() -> MeasurementCsvReader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessage(file + ":3: a quoted cell that starts on this line is never closed; end it with a '\"' "
                        + "(a quote inside a quoted cell is written \"\")");
    }

    @Test
    void textAfterAClosingQuoteNamesTheLineAndTheColumnEvenAfterAMultiLineRecord() throws Exception {
        Path file = file("note,rtt_set_ms,guest_used_bytes,transfer_time_s\n\"two\nlines\",0,1,2\n\"a\"b,0,1,2\n");
        assertThatThrownBy(() -> MeasurementCsvReader.read(file))
                .hasMessageStartingWith(file + ":4:4: text follows the closing quote of a cell");
    }

    @Test
    void aBadCellAfterAMultiLineRecordNamesThePhysicalLineItsRecordStartsOn() throws Exception {
        Path file = file("note,rtt_set_ms,guest_used_bytes,transfer_time_s\n\"one\ntwo\nthree\",0,1,2\nx,0,1,abc\n");
        assertThatThrownBy(() -> MeasurementCsvReader.read(file))
                .hasMessage(file + ":5: column transfer_time_s: 'abc' is not a number; write plain numbers with a '.' "
                        + "decimal point");
    }

    /**
     * The file is read row by row, keeping only the line starts from the current record on: far into a
     * file of multi-line records (CRLF and lone CR line ends too), problems still name their physical line
     * (commons-csv writes positions past 999 with the locale's grouping, 800,060, which is read as such).
     */
    @Test
    void problemsFarIntoALongFileOfMultiLineRecordsNameTheirPhysicalLine() throws Exception {
        StringBuilder text = new StringBuilder("note,rtt_set_ms,guest_used_bytes,transfer_time_s\r\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("\"two\r\nlines\",0,1,2\r\n\"lone\rreturn\",0,1,2\n");
        }
        Path badCell = file(text + "x,0,1,abc\n");
        assertThatThrownBy(() -> MeasurementCsvReader.read(badCell)).hasMessageStartingWith(badCell + ":80002: column "
                + "transfer_time_s: 'abc'");
        Path badQuote = file(text + "x,0,1,2\n\"a\"b,0,1,2\n");
        assertThatThrownBy(() -> MeasurementCsvReader.read(badQuote))
                .hasMessageStartingWith(badQuote + ":80003:4: text follows the closing quote of a cell");
        Path openQuote = file(text + "x,0,1,2\n\"never closed,0,1,2\n");
        assertThatThrownBy(() -> MeasurementCsvReader.read(openQuote))
                .hasMessageStartingWith(openQuote + ":80003: a quoted cell that starts on this line is never closed");
        assertThat(MeasurementCsvReader.read(file(text.toString())).observations()).hasSize(40_000);
    }

    @Test
    void aDecimalCommaInACommaFileSuggestsTheSemicolonOption() throws Exception {
        Path file = file("rtt_set_ms,guest_used_bytes,transfer_time_s\n0,1,\"2,5\"\n");
        assertThatThrownBy(() -> MeasurementCsvReader.read(file)).hasMessage(file + ":2: column transfer_time_s: '2,5' "
                + "is not a number; write plain numbers with a '.' decimal point (or pass --delimiter ';' for a "
                + "';'-separated file with decimal commas)");
    }

    @Test
    void withSemicolonsADecimalPointIsRefusedBecauseItWouldGroupThousands() throws Exception {
        Path file = file("rtt_set_ms;guest_used_bytes;transfer_time_s\n0;310.000.000;2,5\n1;1.234;2,5\n");
        assertThatThrownBy(() -> MeasurementCsvReader.read(file, CsvDelimiter.SEMICOLON)).hasMessage(file
                + ":2: column guest_used_bytes: '310.000.000' is not a number; with --delimiter ';' write plain "
                + "numbers with a decimal comma (2,5) and no thousands separator");
    }

    @Test
    void aWrongDelimiterOptionIsOneLineNamingBoth() {
        assertThatThrownBy(() -> CsvDelimiter.fromOption("|")).isInstanceOf(BadInputException.class).hasMessage(
                "--delimiter '|' is not supported; pass --delimiter ',' (the default) or --delimiter ';' (a "
                        + "spreadsheet export with decimal commas)");
        assertThat(CsvDelimiter.fromOption(";")).isEqualTo(CsvDelimiter.SEMICOLON);
    }

    private static MeasurementRow row(SampleStatus status, Double transferTimeS, Double dirtyRate) {
        boolean ok = status == SampleStatus.OK;
        return MeasurementRow.builder().runId("run-1").sampleId("s1").repetition(1).orderIndex(0)
                .startedAt(Instant.parse("2026-01-01T00:00:00Z")).method("qmp").vmId("100").sourceNode("a")
                .targetNode("b").direction("a-to-b").rttSetMs(10).rttMeasuredMs(10.3).queueLimitPackets(1000)
                .fillBytes(200_000_000L).guestUsedBytes(310_000_000L).dirtyRateBytesPerS(dirtyRate)
                .transferTimeS(transferTimeS).downtimeMs(40.0).transferredBytes(305_000_000L).pollIntervalMs(100.0)
                .status(status).stage(ok ? null : "migrate").error(ok ? null : "QEMU said: failed, badly")
                .context(Map.of("tcp_wmem", "4096 16384 4194304")).build();
    }
}
