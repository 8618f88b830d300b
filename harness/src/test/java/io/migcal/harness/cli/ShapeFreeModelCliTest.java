package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The shape-free family end to end through the CLI: `fit` chooses it on a path no formula describes
 * (a policed path, throughput stepping from 120 to 40 MiB/s around 20 ms), writes it to
 * transfer-model.json, and `predict` and `simulate --model` evaluate it from the file.
 */
class ShapeFreeModelCliTest {
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;

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

    private static double policedTruthS(double gib, double rttMs) {
        return 0.5 + 0.01 * rttMs + gib * 1024 / (40 + 80 / (1 + Math.exp((rttMs - 20) / 4)));
    }

    @BeforeAll
    static void fitThePolicedPath() throws Exception {
        StringBuilder csv = new StringBuilder("rtt_set_ms,guest_used_bytes,transfer_time_s\n");
        Random random = new Random(11);
        for (int rtt = 0; rtt <= 40; rtt += 5) {
            for (double gib : new double[] {0.2, 0.4}) {
                for (int r = 0; r < 3; r++) {
                    csv.append(String.format(Locale.ROOT, "%d,%d,%.4f%n", rtt, Math.round(gib * GIB),
                            policedTruthS(gib, rtt) * (1 + 0.01 * random.nextGaussian())));
                }
            }
        }
        Path data = Files.writeString(dir.resolve("policed.csv"), csv);
        assertThat(run("fit", "--data", data.toString(), "--out", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("chosen: shape-free");
        model = dir.resolve("transfer-model.json");
    }

    @Test
    void predictEvaluatesTheFileBetweenLevelsWithABandThatHoldsTheTruth() {
        assertThat(run("predict", "--model", model.toString(), "--memory-gib", "0.3", "--rtt-ms", "22.5"))
                .isEqualTo(ExitCode.OK);
        Matcher m = Pattern.compile("^([0-9.]+) s \\(95% prediction interval ([0-9.]+) to ([0-9.]+) s\\)")
                .matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        double truth = policedTruthS(0.3, 22.5);
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(truth, offset(0.05 * truth));
        assertThat(truth).isBetween(Double.parseDouble(m.group(2)) * 0.97, Double.parseDouble(m.group(3)) * 1.03);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void predictPastTheLastLevelSaysItExtrapolates() {
        assertThat(run("predict", "--model", model.toString(), "--memory-gib", "0.3", "--rtt-ms", "60"))
                .isEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("outside the fitted range", "extrapolation");
    }

    @Test
    void theSimulatorRunsOnTheShapeFreeModelAndCountsItsQueriesOutsideTheRange() throws Exception {
        assertThat(run("simulate", "--scenario", "paper-2018", "--seed", "7", "--runs", "5", "--format", "json",
                "--model", model.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("processing_time_min");
        // every paper-2018 guest uses 0.61 GiB or more, the model was fitted on 0.2-0.4 GiB: each query is
        // flagged, counted and warned about
        double share = new ObjectMapper().readTree(out.toString()).path("policies").path(0)
                .path("extrapolated_query_share").path("mean").asDouble(-1);
        assertThat(share).isGreaterThan(0).isLessThanOrEqualTo(1);
        assertThat(err.toString()).contains("outside the memory/RTT range the model was fitted on");
    }
}
