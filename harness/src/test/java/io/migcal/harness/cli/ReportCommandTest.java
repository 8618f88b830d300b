package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.cli.GeneratedRun.Level;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code migcal report} through the real command line, on run directories written by the test. */
class ReportCommandTest {
    private static final List<Double> RTTS = List.of(0.0, 6.0, 20.0);
    private static final Level SMALL = new Level(200L << 20, 0.30);
    private static final Level PAPER_06 = new Level(400L << 20, 0.60);
    private static final Level PAPER_10 = new Level(800L << 20, 1.00);
    private static final String CELLS = "## Measured against the model, per cell";

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

    private int report(Path... runDirs) {
        List<String> args = new ArrayList<>(List.of("report", "--simulation-runs", "3"));
        for (Path runDir : runDirs) {
            args.add(runDir.toString());
        }
        return run(args.toArray(String[]::new));
    }

    private static String markdown(Path folder) throws Exception {
        return Files.readString(folder.resolve("report.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyMeasuredRamUsageGetsAFigureAndThePapersTwoKeepTheirNames() throws Exception {
        Path runDir = new GeneratedRun(List.of(SMALL, PAPER_06, PAPER_10), RTTS, 2, "cubic").writeTo(dir.resolve("lab"));

        assertThat(report(runDir)).as(err.toString()).isEqualTo(ExitCode.OK);

        for (String figure : List.of("fig2", "fig3", "fig-ram-0.30gib")) {
            assertThat(runDir.resolve(figure + ".png")).isNotEmptyFile();
            assertThat(runDir.resolve(figure + ".svg")).isNotEmptyFile();
        }
        assertThat(runDir.resolve("transfer-model.json")).isNotEmptyFile();
        assertThat(markdown(runDir)).contains("](fig-ram-0.30gib.png)", "](fig2.png)", "](fig3.png)");
        assertThat(Files.readString(runDir.resolve("report.html"))).contains("<img src=\"fig2.png\"");
        assertThat(out.toString()).contains("report.md");
    }

    @Test
    void theCellTableHasOneRowPerMeasuredCellWithItsNAndMean() throws Exception {
        GeneratedRun generated = new GeneratedRun(List.of(PAPER_06, PAPER_10), RTTS, 3, "cubic");
        Path runDir = generated.writeTo(dir.resolve("lab"));

        assertThat(report(runDir)).as(err.toString()).isEqualTo(ExitCode.OK);

        List<List<String>> rows = tableAfter(markdown(runDir), CELLS);
        List<List<String>> expected = new ArrayList<>();
        for (Level level : List.of(PAPER_06, PAPER_10)) {
            for (double rtt : RTTS) {
                expected.add(List.of(String.format(Locale.ROOT, "%.2f", level.usedGib()), sig(rtt), "3",
                        sig(generated.cellMeanS(level, rtt))));
            }
        }
        assertThat(rows.stream().map(r -> r.subList(0, 4)).toList()).isEqualTo(expected);
    }

    @Test
    void aRunWithOneRamLevelGetsItsFigureAndCellsWithoutAModelAndSaysWhy() throws Exception {
        Path runDir = new GeneratedRun(List.of(PAPER_06), RTTS, 2, "cubic").writeTo(dir.resolve("lab"));

        assertThat(report(runDir)).as(err.toString()).isEqualTo(ExitCode.OK);

        assertThat(runDir.resolve("fig2.png")).isNotEmptyFile();
        assertThat(runDir.resolve("fig3.png")).doesNotExist();
        assertThat(runDir.resolve("transfer-model.json")).doesNotExist();
        assertThat(tableAfter(markdown(runDir), CELLS)).hasSize(RTTS.size())
                .allSatisfy(row -> assertThat(row.get(5)).isEqualTo("no model"));
        assertThat(markdown(runDir)).contains("One RAM usage only", "No model: ", "needs at least 2 memory levels",
                "Not simulated");
    }

    @Test
    void failedRowsAreListedWithTheirErrorAndLeftOutOfTheCells() throws Exception {
        Path runDir = new GeneratedRun(List.of(PAPER_06, PAPER_10), RTTS, 2, "cubic").withFailedRows(2)
                .writeTo(dir.resolve("lab"));

        assertThat(report(runDir)).as(err.toString()).isEqualTo(ExitCode.OK);

        String md = markdown(runDir);
        assertThat(md).contains("2 of 14 rows did not end ok", "VM is locked (migrate)");
        assertThat(tableAfter(md, "## Failed samples")).hasSize(2);
        assertThat(tableAfter(md, CELLS)).hasSize(2 * RTTS.size()).allSatisfy(row -> assertThat(row.get(2)).isEqualTo("2"));
    }

    @Test
    void aRunWithoutManifestIsReportedFromItsCsvAndSaysSo() throws Exception {
        Path runDir = new GeneratedRun(List.of(PAPER_06, PAPER_10), RTTS, 2, "cubic").withoutManifest()
                .writeTo(dir.resolve("lab"));

        assertThat(report(runDir)).as(err.toString()).isEqualTo(ExitCode.OK);

        assertThat(markdown(runDir)).contains("no manifest.json in the run directory")
                .contains("| node_a_tcp_cc | cubic |");
    }

    @Test
    void theContextShowsTheManifestsSettingsAndVersionsButNoCredential() throws Exception {
        Path runDir = new GeneratedRun(List.of(PAPER_06, PAPER_10), RTTS, 2, "bbr").writeTo(dir.resolve("lab"));

        assertThat(report(runDir)).as(err.toString()).isEqualTo(ExitCode.OK);

        assertThat(markdown(runDir)).contains("| lab_versions.hypervisor | proxmox-ve 5.1-3 |",
                "| config.delay.queue_limit_packets | 100 |", "| config.delay.disable_offloads | true |",
                "| queue_limit_packets | 100 |", "| node_a_tcp_cc | bbr |").doesNotContain("/secret/token");
    }

    @Test
    void tablesThreeAndFiveAreSimulatedWithTheShareOutsideTheFittedRange() throws Exception {
        Path runDir = new GeneratedRun(List.of(PAPER_06, PAPER_10), RTTS, 2, "cubic").writeTo(dir.resolve("lab"));

        assertThat(report(runDir)).as(err.toString()).isEqualTo(ExitCode.OK);

        List<List<String>> rows = tableAfter(markdown(runDir), "## Tables 3 and 5");
        assertThat(rows).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly("paper-2018 paper-2018",
                "paper-2018 none", "paper-2019 paper-2019", "paper-2019 none");
        assertThat(rows.get(0).get(2)).startsWith("708.4 / ");
        assertThat(markdown(runDir)).containsPattern("[0-9.]+ % of the simulator's [0-9]+ transfer-time queries lay "
                + "outside the model's fitted range");
    }

    @Test
    void twoLabsSideBySideEachKeepTheirFiguresAndTheReportShowsWhatDiffers() throws Exception {
        Path cubic = new GeneratedRun(List.of(PAPER_06, PAPER_10), RTTS, 2, "cubic").writeTo(dir.resolve("lab-a"));
        Path bbr = new GeneratedRun(List.of(PAPER_06, PAPER_10), RTTS, 2, "bbr").writeTo(dir.resolve("lab-b"));
        Path joint = dir.resolve("joint");

        assertThat(run("report", "--simulation-runs", "3", "--out", joint.toString(), cubic.toString(), bbr.toString()))
                .as(err.toString()).isEqualTo(ExitCode.OK);

        assertThat(joint.resolve("lab-a/fig2.png")).isNotEmptyFile();
        assertThat(joint.resolve("lab-b/fig3.png")).isNotEmptyFile();
        assertThat(joint.resolve("lab-b/transfer-model.json")).isNotEmptyFile();
        String md = markdown(joint);
        assertThat(md).contains("2 runs side by side", "](lab-a/fig2.png)", "## Run lab-a", "## Run lab-b",
                "| column node_a_tcp_cc | cubic | bbr |");
    }

    @Test
    void pooledRunsAreFittedAsOneDataSetAndTheReportSaysSo() throws Exception {
        Path first = new GeneratedRun(List.of(PAPER_06, PAPER_10), RTTS, 2, "cubic").writeTo(dir.resolve("day-1"));
        Path second = new GeneratedRun(List.of(PAPER_06, PAPER_10), RTTS, 2, "cubic").writeTo(dir.resolve("day-2"));
        Path joint = dir.resolve("joint");

        assertThat(run("report", "--pool", "--simulation-runs", "3", "--out", joint.toString(), first.toString(),
                second.toString())).as(err.toString()).isEqualTo(ExitCode.OK);

        String md = markdown(joint);
        assertThat(md).contains("Pooled: the 2 runs day-1 + day-2 are fitted as one data set");
        assertThat(tableAfter(md, CELLS)).hasSize(2 * RTTS.size()).allSatisfy(row -> assertThat(row.get(2)).isEqualTo("4"));
    }

    @Test
    void aFolderWithoutMeasurementsIsOneLineOfBadInput() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThat(report(empty)).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains(empty.toString(), "has no measurements.csv").doesNotContain("Exception");
    }

    @Test
    void severalRunsWithoutOutIsOneLineOfBadInput() throws Exception {
        Path a = new GeneratedRun(List.of(PAPER_06), RTTS, 2, "cubic").writeTo(dir.resolve("a"));
        Path b = new GeneratedRun(List.of(PAPER_06), RTTS, 2, "cubic").writeTo(dir.resolve("b"));

        assertThat(report(a, b)).isEqualTo(ExitCode.BAD_INPUT);

        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("--out");
    }

    @Test
    void theCommittedLocalQemuRunGetsOneFigurePerFillAndItsCellsFromTheCsv() throws Exception {
        Path committed = Path.of("../results/reference/local-qemu/raised-bandwidth");
        Path copy = Files.createDirectories(dir.resolve("raised-bandwidth"));
        for (String file : List.of("measurements.csv", "manifest.json")) {
            Files.copy(committed.resolve(file), copy.resolve(file));
        }

        assertThat(report(copy)).as(err.toString()).isEqualTo(ExitCode.OK);

        Map<String, List<Double>> timesByCell = timesByFillAndRtt(copy.resolve("measurements.csv"));
        List<List<String>> rows = tableAfter(markdown(copy), CELLS);
        assertThat(rows).hasSize(timesByCell.size());
        assertThat(rows.stream().map(r -> r.get(2) + " " + r.get(3)).toList()).isEqualTo(timesByCell.values().stream()
                .map(times -> times.size() + " " + sig(times.stream().mapToDouble(d -> d).average().orElseThrow()))
                .toList());
        try (var files = Files.list(copy)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")))
                    .hasSize(2).allMatch(n -> n.startsWith("fig-ram-"));
        }
        assertThat(markdown(copy)).contains("| lab_versions.hypervisor | qemu 7.2.22 |", "| node_a_tcp_cc, node_b_tcp_cc | bbr |");
    }

    @Test
    void aRunWithSeveralSettingsCombinationsSaysItsModelPoolsThemAndWhereTheSeparateFitsAre() throws Exception {
        Path copy = committedRunsCsv("dirty-rate-settings");

        assertThat(report(copy)).as(err.toString()).isEqualTo(ExitCode.OK);

        assertThat(markdown(copy)).contains("These ok rows span 4 combinations of migration settings "
                + "(setting_max_bandwidth_bytes_per_s, setting_auto_converge).");
    }

    @Test
    void aRunWithoutSettingsAxesHasNoPoolingNote() throws Exception {
        Path copy = committedRunsCsv("raised-bandwidth");

        assertThat(report(copy)).as(err.toString()).isEqualTo(ExitCode.OK);

        assertThat(markdown(copy)).doesNotContain("combinations of migration settings");
    }

    /** A folder holding only the measurements of a committed local QEMU run, for the report to write into. */
    private Path committedRunsCsv(String run) throws Exception {
        Path copy = Files.createDirectories(dir.resolve(run));
        Files.copy(Path.of("../results/reference/local-qemu", run, "measurements.csv"), copy.resolve("measurements.csv"));
        return copy;
    }

    /** The ok rows' transfer times by (fill, RTT), in fill then RTT order, read straight from the CSV. */
    private static Map<String, List<Double>> timesByFillAndRtt(Path csv) throws Exception {
        Map<String, List<Double>> cells = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(csv)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (r.get("status").equals("ok")) {
                    String key = String.format(Locale.ROOT, "%012d %08.3f", Long.parseLong(r.get("fill_bytes")),
                            Double.parseDouble(r.get("rtt_set_ms")));
                    cells.computeIfAbsent(key, k -> new ArrayList<>()).add(Double.parseDouble(r.get("transfer_time_s")));
                }
            }
        }
        return cells;
    }

    /** The rows of the first Markdown table after a line starting with {@code heading}. */
    private static List<List<String>> tableAfter(String markdown, String heading) {
        List<String> lines = markdown.lines().toList();
        int at = 0;
        while (!lines.get(at).startsWith(heading)) {
            at++;
        }
        while (!lines.get(at).startsWith("|")) {
            at++;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            rows.add(List.of(line.substring(1, line.length() - 1).split("\\|", -1)).stream().map(String::trim).toList());
        }
        return rows;
    }

    private static String sig(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
