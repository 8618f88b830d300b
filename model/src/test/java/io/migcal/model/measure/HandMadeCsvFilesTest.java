package io.migcal.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.model.BadInputException;
import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvRow;
import io.migcal.model.csv.CsvSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Files made outside migcal, committed with the script that wrote them ({@code handmade/make_handmade_csv.py},
 * Python's csv module): RFC 4180 with a byte-order mark, CRLF and a note cell holding a line break, and
 * a spreadsheet export in a comma-decimal locale ({@code ;} separators, decimal commas).
 */
class HandMadeCsvFilesTest {
    private static final Path DIR = Path.of("src/test/resources/io/migcal/model/measure/handmade");
    private static final Path PYTHON = DIR.resolve("python-measurements.csv");
    private static final Path SPREADSHEET = DIR.resolve("spreadsheet-measurements.csv");

    /** The ok rows of both files, with the line each record starts on (the note of line 3 runs into line 4). */
    private static final FitObservation[] OK_ROWS = {
        new FitObservation(0, 310_000_000, 2.147, null, 2),
        new FitObservation(0, 510_000_000, 3.833, null, 3),
        new FitObservation(10.5, 310_000_000, 2.349, null, 5),
        new FitObservation(10.5, 510_000_000, 3.822, null, 6),
        new FitObservation(20, 310_000_000, 2.467, null, 8),
    };

    @Test
    void aFileWrittenByPythonsCsvModuleWithABomAndAMultiLineNoteIsRead() {
        MeasurementData data = MeasurementCsvReader.read(PYTHON);

        assertThat(data.observations()).containsExactly(OK_ROWS);
        assertThat(data.skippedRows()).isEqualTo(1);
        assertThat(data.rttColumn()).isEqualTo("rtt_set_ms");
    }

    @Test
    void theNoteCellsOfThePythonFileKeepTheirLineBreakQuotesCommasAndSpaces() {
        var table = CsvSource.read(PYTHON, "--data").table(CsvDelimiter.COMMA);

        assertThat(table.header()).containsExactly("note", "rtt_set_ms", "guest_used_bytes", "transfer_time_s", "status");
        assertThat(table.rows()).extracting(row -> row.cell(0)).containsExactly("quiet",
                "first run after reboot\nVM \"web-1\", cold cache", "Überlast; retried", "", "aborted by HA",
                "  padded note  ");
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2, 3, 5, 6, 7, 8);
    }

    @Test
    void aSpreadsheetExportWithSemicolonsAndDecimalCommasIsReadWithTheDelimiterOption() {
        MeasurementData data = MeasurementCsvReader.read(SPREADSHEET, CsvDelimiter.SEMICOLON);

        assertThat(data.observations()).containsExactly(OK_ROWS);
        assertThat(data.skippedRows()).isEqualTo(1);
        assertThat(CsvSource.read(SPREADSHEET, "--data").table(CsvDelimiter.SEMICOLON).rows().get(2).cell(0))
                .isEqualTo("Überlast; retried");
    }

    @Test
    void theSpreadsheetExportWithoutTheOptionIsRefusedSayingWhatWasFoundAndWhatToPass() {
        assertThatThrownBy(() -> MeasurementCsvReader.read(SPREADSHEET)).isInstanceOf(BadInputException.class)
                .hasMessage(SPREADSHEET + ":1: the header is separated by ';', not ',' (found "
                        + "\"note;rtt_set_ms;guest_used_bytes;transfer_time_s;status\"); pass --delimiter ';' "
                        + "(numbers with decimal commas such as 2,5 are then read too)");
    }

    @Test
    void aCommaFileReadWithTheSemicolonOptionSaysToDropIt() {
        assertThatThrownBy(() -> MeasurementCsvReader.read(PYTHON, CsvDelimiter.SEMICOLON))
                .hasMessageStartingWith(PYTHON + ":1: the header is separated by ',', not ';' (found \"note,rtt_set_ms,")
                .hasMessageEndingWith("pass --delimiter ','");
    }

    @Test
    void pointsFilesFromPythonAndFromASpreadsheetGiveTheSamePoints() {
        PredictionPoint[] expected = {new PredictionPoint(400_000_000, 5.5), new PredictionPoint(2_147_483_648.0, 6)};

        assertThat(PointsCsvReader.read(DIR.resolve("python-points.csv"))).containsExactly(expected);
        assertThat(PointsCsvReader.read(DIR.resolve("spreadsheet-points.csv"), CsvDelimiter.SEMICOLON))
                .containsExactly(expected);
        assertThatThrownBy(() -> PointsCsvReader.read(DIR.resolve("spreadsheet-points.csv")))
                .hasMessageContaining("separated by ';'").hasMessageContaining("pass --delimiter ';'");
    }
}
