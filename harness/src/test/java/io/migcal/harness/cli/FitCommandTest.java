package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FitCommandTest {
    private static final String HEADER = "rtt_set_ms,guest_used_bytes,transfer_time_s,status";
    private static final String GOOD = """
            0,310000000,2.147,ok
            0,310000000,2.228,ok
            10,310000000,2.349,ok
            10,310000000,2.303,ok
            20,310000000,2.467,ok
            20,310000000,2.469,ok
            0,510000000,3.833,ok
            0,510000000,3.818,ok
            10,510000000,3.822,ok
            10,510000000,3.839,ok
            20,510000000,4.057,ok
            20,510000000,4.044,ok
            20,510000000,,failed
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Migcal.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path csv(String text) throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private void assertBadInput(Path data, String... expected) {
        int code = run("fit", "--data", data.toString(), "--out", dir.resolve("out").toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains(data.toString()).contains(expected).doesNotContain("Exception");
    }

    @Test
    void fitWritesTheModelAndFiguresAndPrintsEveryFamily() throws Exception {
        Path out = dir.resolve("out");
        int code = run("fit", "--data", csv(HEADER + "\n" + GOOD).toString(), "--out", out.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(this.out.toString()).contains("window-cap", "window-cap-ls", "linear", "leave-one-RTT-level-out")
                .contains("1 rows skipped");
        assertThat(out.resolve("transfer-model.json")).content().contains("\"n_skipped\" : 1", "\"input_sha256\"");
        assertThat(out.resolve("fig-rtt-vs-time.png")).isNotEmptyFile();
        assertThat(out.resolve("fig-rtt-vs-time.svg")).content().contains("<svg");
        assertThat(out.resolve("fig-residuals.png")).isNotEmptyFile();
    }

    @Test
    void aMissingColumnNamesTheFileTheLineAndTheColumn() throws Exception {
        assertBadInput(csv("rtt_set_ms,transfer_time_s\n0,2.1\n"), ":1:", "guest_used_bytes");
    }

    @Test
    void aNonNumericValueNamesTheFileTheLineAndTheColumn() throws Exception {
        assertBadInput(csv(HEADER + "\n0,310000000,2.147,ok\n10,310000000,\"2,3\",ok\n"), ":3:", "transfer_time_s",
                "'2,3' is not a number");
    }

    @Test
    void aNegativeValueNamesTheFileTheLineAndTheColumn() throws Exception {
        assertBadInput(csv(HEADER + "\n-5,310000000,2.147,ok\n"), ":2:", "rtt_set_ms", "negative");
    }

    @Test
    void anEmptyValueNamesTheFileTheLineAndTheColumn() throws Exception {
        assertBadInput(csv(HEADER + "\n0,310000000,2.147,ok\n0,,2.2,ok\n"), ":3:", "guest_used_bytes", "is empty");
    }

    @Test
    void anEmptyFileIsOneLineAndExitTwo() throws Exception {
        assertBadInput(csv(""), ":1:", "empty", "guest_used_bytes");
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        assertBadInput(dir.resolve("nope.csv"), "no such file");
    }

    @Test
    void dataWithOneRttLevelSaysNoFamilyCanBeFitted() throws Exception {
        assertBadInput(csv(HEADER + "\n10,310000000,2.3,ok\n10,510000000,3.8,ok\n10,710000000,5.1,ok\n"),
                "no model family can be fitted", "2 RTT levels");
    }

    @Test
    void measuredRttIsUsedWhenThereIsNoPresetRtt() throws Exception {
        String text = "rtt_measured_ms,guest_used_bytes,transfer_time_s,comment\n" + GOOD.lines()
                .filter(l -> l.endsWith(",ok")).map(l -> l.replace(",ok", ",\"any, text\"")).reduce("", (a, b) -> a + b + "\n");
        int code = run("fit", "--data", csv(text).toString(), "--family", "linear", "--out", dir.resolve("o").toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("RTT from rtt_measured_ms", "chosen: linear");
    }

    private static final Path HANDMADE = Path.of("../model/src/test/resources/io/migcal/model/measure/handmade");

    @Test
    void aFileWrittenByPythonsCsvModuleIsFitted() {
        int code = run("fit", "--data", HANDMADE.resolve("python-measurements.csv").toString(), "--family", "linear",
                "--out", dir.resolve("py").toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("1 rows skipped", "chosen: linear");
    }

    @Test
    void aSpreadsheetExportIsFittedWithTheDelimiterOptionToTheSameModelAsThePythonFile() throws Exception {
        run("fit", "--data", HANDMADE.resolve("python-measurements.csv").toString(), "--family", "linear",
                "--out", dir.resolve("py").toString());
        int code = run("fit", "--data", HANDMADE.resolve("spreadsheet-measurements.csv").toString(), "--delimiter", ";",
                "--family", "linear", "--out", dir.resolve("sheet").toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        String python = Files.readString(dir.resolve("py/transfer-model.json"));
        String sheet = Files.readString(dir.resolve("sheet/transfer-model.json"));
        assertThat(withoutInput(sheet)).isEqualTo(withoutInput(python));
    }

    @Test
    void aSpreadsheetExportWithoutTheOptionIsOneLineSayingWhatToPass() {
        Path sheet = HANDMADE.resolve("spreadsheet-measurements.csv");
        assertBadInput(sheet, ":1: the header is separated by ';', not ','", "pass --delimiter ';'");
    }

    @Test
    void anUnknownDelimiterIsOneLineAndExitTwo() throws Exception {
        int code = run("fit", "--data", csv(HEADER + "\n" + GOOD).toString(), "--delimiter", "|", "--out",
                dir.resolve("o").toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).hasLineCount(1).contains("--delimiter '|' is not supported");
    }

    /** The model of the same numbers from two files differs only in which file and checksum it names. */
    private static String withoutInput(String json) {
        return json.lines().filter(l -> !l.contains("\"input") && !l.contains("\"source")).reduce("", String::concat);
    }

    @Test
    void preCopyConvergenceIsJudgedWithinEachSettingsCombinationNotAcrossThem() throws Exception {
        // pre-copy keeps up with a dirty rate below the stream's rate, and each cap is a stream rate of its
        // own: pooled, the 16 MiB/s cap's timeouts at 32 MiB/s would contradict the 64 MiB/s cap's
        // completions at 32 MiB/s (the local QEMU lab's reference run did exactly that)
        StringBuilder text = new StringBuilder("rtt_set_ms,guest_used_bytes,transfer_time_s,status,dirty_rate_bytes_per_s,"
                + "setting_max_bandwidth_bytes_per_s\n");
        java.util.Random noise = new java.util.Random(5);
        for (long capMib : new long[] {16, 64}) {
            for (double rtt : new double[] {0, 10, 20}) {
                for (long mib : new long[] {64, 128}) {
                    for (long dirtyMib : new long[] {0, 4, 8, 32}) {
                        if (dirtyMib >= capMib) {
                            text.append(String.format(java.util.Locale.ROOT, "%s,%d,120,timeout,%d,%d%n", rtt, mib << 20,
                                    dirtyMib << 20, capMib << 20));
                            continue;
                        }
                        double t = (0.5 + 0.01 * rtt + (double) mib / (1 - (double) dirtyMib / capMib) / capMib)
                                * (1 + 0.01 * noise.nextGaussian());
                        text.append(String.format(java.util.Locale.ROOT, "%s,%d,%.4f,ok,%d,%d%n", rtt, mib << 20, t,
                                dirtyMib << 20, capMib << 20));
                    }
                }
            }
        }
        Path out = dir.resolve("out");

        int code = run("fit", "--data", csv(text.toString()).toString(), "--out", out.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.resolve("precopy-convergence.json")).as("no rate judged across two stream rates").doesNotExist();
        assertThat(this.out.toString()).contains("pre-copy convergence: judged per migration-settings combination");
        for (long capMib : new long[] {16, 64}) {
            Path file = out.resolve("settings/max_bandwidth_bytes_per_s=" + (capMib << 20) + "/precopy-convergence.json");
            com.fasterxml.jackson.databind.JsonNode levels = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(file.toFile()).path("levels");
            assertThat(levels).hasSize(3);
            for (com.fasterxml.jackson.databind.JsonNode level : levels) {
                assertThat(level.path("estimate_bytes_per_s").asDouble() / (1 << 20)).as("cap %d MiB/s at %s ms", capMib,
                        level.path("rtt_ms").asText()).isCloseTo(capMib, org.assertj.core.data.Percentage.withPercentage(5));
            }
        }
    }

    @Test
    void aCombinationWithAutoConvergeOnSaysItsRatesAreTheStreamsNotALimit() throws Exception {
        StringBuilder text = new StringBuilder("rtt_set_ms,guest_used_bytes,transfer_time_s,status,dirty_rate_bytes_per_s,"
                + "setting_auto_converge\n");
        java.util.Random noise = new java.util.Random(7);
        for (String autoConverge : new String[] {"off", "on"}) {
            for (double rtt : new double[] {0, 10, 20}) {
                for (long mib : new long[] {64, 128}) {
                    for (long dirtyMib : new long[] {0, 4, 8, 32}) {
                        boolean timesOut = dirtyMib >= 16 && autoConverge.equals("off");
                        double t = dirtyMib >= 16 ? 60 : (0.5 + 0.01 * rtt + mib / (1 - dirtyMib / 16.0) / 16.0)
                                * (1 + 0.01 * noise.nextGaussian());
                        text.append(String.format(java.util.Locale.ROOT, "%s,%d,%.4f,%s,%d,%s%n", rtt, mib << 20,
                                timesOut ? 120 : t, timesOut ? "timeout" : "ok", dirtyMib << 20, autoConverge));
                    }
                }
            }
        }
        Path out = dir.resolve("out");

        int code = run("fit", "--data", csv(text.toString()).toString(), "--out", out.toString());

        assertThat(code).as(err.toString()).isZero();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.readTree(out.resolve("settings/auto_converge=on/precopy-convergence.json").toFile())
                .path("forced_convergence_by").asText()).isEqualTo("auto-converge");
        assertThat(json.readTree(out.resolve("settings/auto_converge=off/precopy-convergence.json").toFile())
                .path("forced_convergence_by").isNull()).isTrue();
        assertThat(this.out.toString()).containsOnlyOnce("auto-converge was on: QEMU makes pre-copy converge past these rates");
    }

    @Test
    void eachMigrationSettingsCombinationGetsAModelOfItsOwnAndTheIndexListsThem() throws Exception {
        StringBuilder text = new StringBuilder("rtt_set_ms,guest_used_bytes,transfer_time_s,status,setting_max_bandwidth_bytes_per_s,"
                + "setting_postcopy\n");
        java.util.Random noise = new java.util.Random(3);
        for (long capMib : new long[] {32, 128}) {
            for (double rtt : new double[] {0, 5, 10, 20}) {
                for (long mib : new long[] {200, 400}) {
                    for (int rep = 0; rep < 2; rep++) {
                        double t = (0.5 + 0.01 * rtt + (double) mib / capMib) * (1 + 0.01 * noise.nextGaussian());
                        text.append(String.format(java.util.Locale.ROOT, "%s,%d,%.4f,ok,%d,off%n", rtt, mib << 20, t,
                                capMib << 20));
                    }
                }
            }
        }
        text.append("0,209715200,9.9,ok,134217728,on\n");
        Path out = dir.resolve("out");

        int code = run("fit", "--data", csv(text.toString()).toString(), "--family", "window-cap", "--out",
                out.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> index = Files.readAllLines(out.resolve("settings-models.csv"));
        assertThat(index.get(0)).startsWith("setting_max_bandwidth_bytes_per_s,setting_postcopy,rows,family");
        assertThat(index).hasSize(4);
        assertThat(index.get(3)).startsWith("134217728,on,1,,").contains("cannot be fitted: needs at least 2 RTT levels")
                .doesNotContain(dir.toString());
        for (long capMib : new long[] {32, 128}) {
            Path model = out.resolve("settings/max_bandwidth_bytes_per_s=" + (capMib << 20) + "-postcopy=off/transfer-model.json");
            com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(model.toFile());
            double cap = 0;
            for (com.fasterxml.jackson.databind.JsonNode p : json.path("parameters")) {
                if (p.path("name").asText().equals("cap_mib_per_s")) {
                    cap = p.path("value").asDouble();
                }
            }
            assertThat(cap).as("the fitted cap of the %d MiB/s level", capMib)
                    .isCloseTo(capMib, org.assertj.core.data.Percentage.withPercentage(5));
            assertThat(json.path("fit").path("n").asInt()).isEqualTo(16);
        }
        assertThat(out.toString()).isNotEmpty();
        assertThat(this.out.toString()).contains("per migration-settings combination").contains("not fitted:");
    }
}
