package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.sweep.MeasurementsOnDisk;
import io.migcal.harness.sweep.connect.ProxmoxLabConnector;
import io.migcal.harness.sweep.connect.VirtualLabYaml;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code migcal sweep} and {@code migcal check} through the real SSH and HTTPS clients against the
 * virtual lab (a Proxmox API over HTTPS and SSH endpoints on loopback), with its faults switched on.
 * After every run: the delay is cleared, the load stopped, no migration runs, every row is on disk.
 */
class SweepOnVirtualLabTest {
    static final double COMPRESSION = 400;
    static final String SMALL_SWEEP = "  rtt_ms: [0, 6]\n  fill_bytes: [644245094]\n  repetitions: 1\n"
            + "  settle_s: 1\n  sample_timeout_s: 300\n";

    @TempDir
    Path dir;
    VirtualLab lab;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void startLab() throws Exception {
        lab = VirtualLab.start(VirtualLabSettings.defaults(dir.resolve("vlab")).withTimeCompression(COMPRESSION));
    }

    @AfterEach
    void stopLab() {
        lab.close();
    }

    int migcal(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    ProxmoxLabConnector connector() {
        return new ProxmoxLabConnector(lab.clock(), COMPRESSION);
    }

    int sweep(Path config) {
        return migcal(new SweepCommand(connector(), lab.clock()), "--config", config.toString());
    }

    Path config(String sweepSection) throws Exception {
        return VirtualLabYaml.write(lab.descriptor(), dir, sweepSection);
    }

    List<Map<String, String>> rows() throws Exception {
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            return MeasurementsOnDisk.read(runs.findFirst().orElseThrow().resolve("measurements.csv")).rows();
        }
    }

    void assertLabRestored() {
        boolean delayCleared = lab.state().withDelayBox(box -> box.interfaces().stream().allMatch(i -> box.netem(i) == null));
        assertThat(delayCleared).as("delay cleared").isTrue();
        assertThat(lab.state().stopStress()).as("loads still running").isZero();
        double now = lab.state().nowLabS();
        for (String node : lab.descriptor().nodes()) {
            assertThat(lab.state().tasks(node)).as("migrations running on " + node).noneMatch(t -> t.running(now));
        }
    }

    @Test
    void aSweepMeasuresBothDirectionsRecordsTheContextAndRestoresTheLab() throws Exception {
        assertThat(sweep(config(SMALL_SWEEP))).as(err.toString()).isEqualTo(ExitCode.OK);

        List<Map<String, String>> rows = rows();
        assertThat(rows).extracting(r -> r.get("status")).containsExactly("ok", "ok");
        assertThat(rows).extracting(r -> r.get("direction")).containsExactly("A->B", "B->A");
        assertThat(rows).extracting(r -> r.get("method")).containsOnly("proxmox-api");
        Map<String, String> first = rows.get(0);
        assertThat(Double.parseDouble(first.get("transfer_time_s"))).isGreaterThan(1);
        assertThat(Long.parseLong(first.get("guest_used_bytes"))).isGreaterThan(644245094L);
        assertThat(first.get("node_a_tcp_cc_before")).isEqualTo("cubic");
        assertThat(first).containsKeys("delay_if0_limit_packets_before", "delay_dropped_packets_after", "delay_if0_tso_before");
        assertThat(first.get("queue_limit_packets")).isNotEmpty();
        assertThat(first.get("delay_readback")).as("the raw tc -s qdisc show text keeps its lines")
                .containsPattern("qdisc netem [0-9a-f]+: root refcnt 2 limit \\d+.*\n Sent \\d+ bytes")
                .contains("\n backlog 0b 0p requeues 0\n");
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            String manifest = Files.readString(runs.findFirst().orElseThrow().resolve("manifest.json"));
            assertThat(manifest).contains("\"time_compression\" : 400.0").contains("\"hypervisor\" : \"proxmox-ve 8.2");
        }
        assertLabRestored();
    }

    @Test
    void everyMigrationKeepsItsTaskLogProgressAndTheReportDrawsIt() throws Exception {
        assertThat(sweep(config(SMALL_SWEEP))).as(err.toString()).isEqualTo(ExitCode.OK);
        Path run;
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            run = runs.findFirst().orElseThrow();
        }

        for (Map<String, String> row : rows()) {
            Path history = run.resolve("progress").resolve(row.get("sample_id") + ".csv");
            List<io.migcal.model.measure.ProgressSample> samples = io.migcal.model.measure.ProgressHistoryCsv.read(history);
            assertThat(samples).as(history.toString()).hasSizeGreaterThan(2);
            assertThat(samples).extracting(io.migcal.model.measure.ProgressSample::transferredBytes)
                    .as("transferred never goes back").isSorted();
            assertThat(samples.get(samples.size() - 1).transferredBytes())
                    .as("the last progress line is below what QEMU finally sent")
                    .isLessThanOrEqualTo((long) (Double.parseDouble(row.get("transferred_bytes")) * 1.001));
            assertThat(samples.get(0).totalBytes()).isEqualTo(lab.state().guestTotalBytes());
        }
        assertThat(migcal(new ReportCommand(), "--simulation-runs", "2", run.toString())).as(err.toString())
                .isEqualTo(ExitCode.OK);
        assertThat(Files.readString(run.resolve("report.md"))).contains("## Migration progress")
                .contains("2 histories").contains("](progress-1.png)").contains("| " + rows().get(0).get("sample_id") + " |");
        assertThat(run.resolve("progress-2.png")).isNotEmptyFile();
    }

    @Test
    void aTaskErrorIsAFailedRowAndTheSweepGoesOn() throws Exception {
        lab.faults().failNextMigration();

        assertThat(sweep(config(SMALL_SWEEP))).as(err.toString()).isEqualTo(ExitCode.GRID_INCOMPLETE);

        List<Map<String, String>> rows = rows();
        assertThat(rows).extracting(r -> r.get("status")).containsExactly("failed", "ok");
        assertThat(rows.get(0).get("stage")).startsWith("run");
        assertThat(rows.get(0).get("error")).contains("migration problems");
        assertThat(rows).extracting(r -> r.get("direction")).containsExactly("A->B", "A->B");
        assertThat(out.toString()).contains("grid incomplete: 1 of 2 samples failed or timed out: " + rows.get(0).get("sample_id"))
                .contains("--retry-failed");
        assertLabRestored();
    }

    @Test
    void retryFailedMeasuresTheFailedSampleAgainAndCompletesTheGrid() throws Exception {
        lab.faults().failNextMigration();
        assertThat(sweep(config(SMALL_SWEEP))).isEqualTo(ExitCode.GRID_INCOMPLETE);
        Path run;
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            run = runs.findFirst().orElseThrow();
        }
        assertThat(migcal(new SweepCommand(connector(), lab.clock()), "--resume", run.toString()))
                .as("a plain resume leaves a genuinely failed sample alone").isEqualTo(ExitCode.GRID_INCOMPLETE);
        assertThat(rows()).hasSize(2);

        int code = migcal(new SweepCommand(connector(), lab.clock()), "--resume", run.toString(), "--retry-failed");

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        List<Map<String, String>> rows = rows();
        assertThat(rows).extracting(r -> r.get("status")).containsExactly("failed", "ok", "ok");
        assertThat(rows.get(2).get("sample_id")).isEqualTo(rows.get(0).get("sample_id"));
        assertLabRestored();
    }

    @Test
    void retryFailedWithoutResumeIsBadInput() throws Exception {
        int code = migcal(new SweepCommand(connector(), lab.clock()), "--config", config(SMALL_SWEEP).toString(),
                "--retry-failed");
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--retry-failed goes with --resume");
    }

    @Test
    void aTaskThatNeverEndsIsCancelledAtTheSampleTimeout() throws Exception {
        lab.faults().hangNextMigration();

        int code = sweep(config(SMALL_SWEEP.replace("sample_timeout_s: 300", "sample_timeout_s: 120")));

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.GRID_INCOMPLETE);
        assertThat(rows()).extracting(r -> r.get("status")).containsExactly("timeout", "ok");
        assertThat(lab.state().vmNode()).isEqualTo("pve2");
        assertLabRestored();
    }

    @Test
    void aLockedVmFailsEverySampleAndStopsTheSweepAfterThreeInARow() throws Exception {
        lab.faults().lockVm("backup");

        int code = sweep(config(SMALL_SWEEP.replace("repetitions: 1", "repetitions: 3")));

        assertThat(code).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains("3 samples failed in a row").contains("continue with: migcal sweep --resume");
        assertThat(rows()).hasSize(3).extracting(r -> r.get("error")).allMatch(e -> e.contains("locked"));
        assertLabRestored();
    }

    @Test
    void everyOutputAndLogIsFreeOfTheSecretsTheRunUsed() throws Exception {
        String tokenSecret = Files.readString(Path.of(lab.descriptor().apiTokenSecretFile())).strip();
        String password = Files.readString(Path.of(lab.descriptor().apiPasswordFile())).strip();
        lab.faults().failNextMigration();

        assertThat(sweep(config(SMALL_SWEEP))).as(err.toString()).isEqualTo(ExitCode.GRID_INCOMPLETE);
        migcal(new CheckCommand(connector()), "--config", dir.resolve("lab.yaml").toString());

        assertThat(tokenSecret).hasSizeGreaterThan(8);
        List<String> texts = new java.util.ArrayList<>(List.of(out.toString(), err.toString()));
        try (Stream<Path> files = Files.walk(dir.resolve("results"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(file));
            }
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(text -> assertThat(text).doesNotContain(tokenSecret).doesNotContain(password));
    }

    @Test
    void ctrlCDuringAMigrationRecordsTheSampleStopsTheTaskAndRestoresTheLab() throws Exception {
        lab.faults().hangNextMigration();
        Path config = config(SMALL_SWEEP);
        int[] code = new int[1];
        Thread runner = new Thread(() -> code[0] = sweep(config));
        runner.start();
        waitUntil(() -> !lab.state().tasks("pve1").isEmpty());

        runner.interrupt();
        runner.join(60_000);

        assertThat(code[0]).as(err.toString()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(rows()).hasSize(1).first().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("interrupted");
            assertThat(row.get("stage")).isEqualTo("run");
        });
        assertThat(err.toString()).contains("sweep stopped (interrupted)").contains("stopped UPID:pve1:");
        assertThat(lab.state().vmNode()).isEqualTo("pve1");
        assertLabRestored();
    }

    @Test
    void anSshConnectionDroppingMidSampleIsRecordedAndTheLabRestored() throws Exception {
        Path config = config(SMALL_SWEEP);
        // the second sample pings from pve2 once the VM is there; pve2's sessions then drop mid-command
        Thread saboteur = new Thread(() -> {
            waitUntil(() -> "pve2".equals(lab.state().vmNode()));
            lab.faults().setSshDrops("pve2", true);
        });
        saboteur.start();

        int code = sweep(config);
        saboteur.join();

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.FAILURE);
        List<Map<String, String>> rows = rows();
        assertThat(rows).last().satisfies(row -> assertThat(row.get("status")).isEqualTo("interrupted"));
        assertThat(err.toString()).contains("sweep stopped (lab fault)").contains("lab restored");
        lab.faults().setSshDrops("pve2", false);
        assertLabRestored();
    }

    @Test
    void aWrongApiTokenFailsTheCheckAndTheSweepWithOneLine() throws Exception {
        Path config = config(SMALL_SWEEP);
        Path wrongSecret = Files.writeString(dir.resolve("wrong-token"), "00000000-0000-0000-0000-000000000000\n");
        Files.writeString(config, Files.readString(config).replace(lab.descriptor().apiTokenSecretFile(), wrongSecret.toString()));

        assertThat(migcal(new CheckCommand(connector()), "--config", config.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(out.toString()).containsPattern("FAIL +hypervisor answers[^\\n]*401");
        assertThat(sweep(config)).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).startsWith("migcal: ").contains("401").hasLineCount(1);
        assertLabRestored();
    }

    @Test
    void aChangedHostKeyIsRefused() throws Exception {
        Path config = config(SMALL_SWEEP);
        Path knownHosts = Path.of(lab.descriptor().endpoint("pve1").knownHostsFile());
        String otherKey = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=";
        Path tampered = dir.resolve("known_hosts");
        Files.writeString(tampered, Files.readString(knownHosts).replaceAll("(?m)^(\\S+) ecdsa-sha2-nistp256 \\S+$",
                "$1 " + otherKey));
        Files.writeString(config, Files.readString(config).replace(knownHosts.toString(), tampered.toString()));

        // a changed host key is for the user to fix (known_hosts), so it is bad input
        assertThat(sweep(config)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).startsWith("migcal: ").containsIgnoringCase("host key").hasLineCount(1);
        assertLabRestored();
    }

    @Test
    void aCertificateThatDoesNotMatchThePinIsRefused() throws Exception {
        Path config = config(SMALL_SWEEP);
        String wrongPin = "AB:".repeat(31) + "AB";
        Files.writeString(config, Files.readString(config).replace(lab.descriptor().tlsFingerprintSha256(), wrongPin));

        assertThat(migcal(new CheckCommand(connector()), "--config", config.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(out.toString()).containsPattern("FAIL +hypervisor answers[^\\n]*(?i)(certificate|fingerprint)");
        assertThat(lab.state().tasks("pve1")).isEmpty();
    }

    @Test
    void theCheckReportsEveryCheckOnItsOwnLine() throws Exception {
        migcal(new CheckCommand(connector()), "--config", config(SMALL_SWEEP).toString());

        String report = out.toString();
        for (String check : List.of("hypervisor answers", "VM 100 runs on pve1 or pve2", "delay element readable",
                "guest memory readable", "RTT pve1 -> pve2 measurable", "nodes pve1 and pve2 online",
                "VM 100 running and unlocked", "Proxmox migration preconditions", "netem available",
                "stress-ng installed")) {
            assertThat(report).containsPattern("(?m)^ok +" + java.util.regex.Pattern.quote(check));
        }
        assertThat(report).containsPattern("(?m)^ok +clock skew of root@127.0.0.1:\\d+: [+-]\\d+ ms");
        assertThat(report).containsPattern("(?m)^(ok|FAIL) +API privileges").containsPattern("(?m)^(ok|FAIL) +storages on pve1");
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 60 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
