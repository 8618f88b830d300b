package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PredictCommandTest {
    @TempDir
    static Path dir;

    private static StringWriter out;
    private static StringWriter err;
    private static Path model;

    private static int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Migcal.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @BeforeAll
    static void fitTheSampleOnce() throws Exception {
        Path data = Path.of("../results/reference/sample/measurements.csv");
        assertThat(run("fit", "--data", data.toString(), "--out", dir.toString())).isEqualTo(ExitCode.OK);
        model = dir.resolve("transfer-model.json");
    }

    @Test
    void predictPrintsTheTimeWithItsInterval() {
        assertThat(run("predict", "--model", model.toString(), "--memory-gib", "0.4", "--rtt-ms", "10"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).containsPattern("^3\\.\\d{3} s \\(95% prediction interval 3\\.\\d{3} to 3\\.\\d{3} s\\)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void predictWarnsOnStderrOutsideTheFittedRange() {
        assertThat(run("predict", "--model", model.toString(), "--memory-gib", "2", "--rtt-ms", "30"))
                .isEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("outside the fitted range", "extrapolation");
    }

    @Test
    void predictPointsWritesTheCsvAndFlagsExtrapolatedPoints() throws Exception {
        Path points = dir.resolve("points.csv");
        Files.writeString(points, "guest_used_bytes,rtt_ms\n400000000,5\n2147483648,6\n", StandardCharsets.UTF_8);
        Path csv = dir.resolve("pred.csv");
        assertThat(run("predict", "--model", model.toString(), "--points", points.toString(), "--out", csv.toString()))
                .isEqualTo(ExitCode.OK);
        var lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("guest_used_bytes,rtt_ms,predicted_transfer_time_s,lower_s,upper_s,extrapolated");
        assertThat(lines.get(1)).startsWith("400000000,5,").endsWith(",false");
        assertThat(lines.get(2)).startsWith("2147483648,6,").endsWith(",true");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void predictPointsWithABadCellIsOneLineAndExitTwo() throws Exception {
        Path points = dir.resolve("points.csv");
        Files.writeString(points, "guest_used_bytes,rtt_ms\n400000000,abc\n", StandardCharsets.UTF_8);
        assertThat(run("predict", "--model", model.toString(), "--points", points.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains(points.toString() + ":2: column rtt_ms");
    }

    @Test
    void aSpreadsheetPointsFileIsReadWithTheDelimiterOptionAndRefusedWithoutIt() throws Exception {
        Path points = Path.of("../model/src/test/resources/io/migcal/model/measure/handmade/spreadsheet-points.csv");
        Path commaPoints = Path.of("../model/src/test/resources/io/migcal/model/measure/handmade/python-points.csv");
        assertThat(run("predict", "--model", model.toString(), "--points", commaPoints.toString())).isEqualTo(ExitCode.OK);
        String fromPython = out.toString();

        assertThat(run("predict", "--model", model.toString(), "--points", points.toString(), "--delimiter", ";"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEqualTo(fromPython).startsWith(
                "guest_used_bytes,rtt_ms,predicted_transfer_time_s,lower_s,upper_s,extrapolated\n400000000,5.5,");

        assertThat(run("predict", "--model", model.toString(), "--points", points.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("migcal: " + points + ":1: the header is separated by ';', not ',' (found "
                + "\"guest_used_bytes;rtt_ms\"); pass --delimiter ';' (numbers with decimal commas such as 2,5 are then "
                + "read too)" + System.lineSeparator());
    }

    @Test
    void aMissingModelFileIsExitTwo() {
        assertThat(run("predict", "--model", dir.resolve("none.json").toString(), "--memory-gib", "1", "--rtt-ms", "1"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void aModelFileOfAnotherSchemaVersionIsOneLineAndExitTwo() throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, Files.readString(model).replace("\"schema_version\" : 1", "\"schema_version\" : 99"));
        assertThat(run("predict", "--model", other.toString(), "--memory-gib", "1", "--rtt-ms", "1"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("schema_version 99 is not supported").hasLineCount(1);
    }

    @Test
    void aModelFileThatIsNotJsonIsOneLineAndExitTwo() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ not json");
        assertThat(run("predict", "--model", broken.toString(), "--memory-gib", "1", "--rtt-ms", "1"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("not valid JSON").hasLineCount(1);
    }
}
