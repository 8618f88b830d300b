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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The real {@code migcal sweep} in a child JVM against the virtual lab, killed with SIGKILL after its
 * first row, then {@code --resume}d: every sample on disk once, the lab restored by the resumed run.
 */
class KilledSweepOnVirtualLabTest {
    @TempDir
    Path dir;

    @Test
    void aSweepKilledMidRunResumesWithEverySampleOnceAndTheLabRestored() throws Exception {
        try (VirtualLab lab = VirtualLab.start(VirtualLabSettings.defaults(dir.resolve("vlab")).withTimeCompression(400))) {
            Path config = VirtualLabYaml.write(lab.descriptor(), dir, "  rtt_ms: [0, 2, 4, 6]\n  fill_bytes: [644245094]\n"
                    + "  repetitions: 1\n  settle_s: 1\n  sample_timeout_s: 600\n  rtt_tolerance_ms: 1000\n");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    Migcal.class.getName(), "sweep", "--config", config.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            Path csv = waitForRows(1, child);

            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new SweepCommand(new ProxmoxLabConnector(lab.clock(), 400), lab.clock()));
            cli.setErr(new PrintWriter(err, true));
            cli.setOut(new PrintWriter(new StringWriter(), true));
            int code = cli.execute("--resume", csv.getParent().toString());

            assertThat(code).as(err.toString()).isIn(ExitCode.OK, ExitCode.FAILURE);
            List<String> finished = MeasurementsOnDisk.read(csv).rows().stream()
                    .filter(r -> !r.get("status").equals("interrupted")).map(r -> r.get("sample_id")).toList();
            assertThat(finished).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                    "rtt0ms-fill644245094B-rep1", "rtt2ms-fill644245094B-rep1", "rtt4ms-fill644245094B-rep1",
                    "rtt6ms-fill644245094B-rep1");
            boolean delayCleared = lab.state().withDelayBox(box -> box.interfaces().stream().allMatch(i -> box.netem(i) == null));
            assertThat(delayCleared).isTrue();
            assertThat(lab.state().stopStress()).isZero();
        }
    }

    @Test
    void aSigtermMidSweepRunsTheShutdownHookWhichRestoresTheLabBeforeTheJvmExits() throws Exception {
        try (VirtualLab lab = VirtualLab.start(VirtualLabSettings.defaults(dir.resolve("vlab")).withTimeCompression(400))) {
            Path config = VirtualLabYaml.write(lab.descriptor(), dir, "  rtt_ms: [0, 2, 4, 6]\n  fill_bytes: [644245094]\n"
                    + "  repetitions: 1\n  settle_s: 1\n  sample_timeout_s: 600\n  rtt_tolerance_ms: 1000\n");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    Migcal.class.getName(), "sweep", "--config", config.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            Path csv = waitForRows(1, child);

            child.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            String log = Files.readString(dir.resolve("child.log"));
            assertThat(log).contains("lab restored").contains("sweep stopped (interrupted)");
            List<Map<String, String>> rows = MeasurementsOnDisk.read(csv).rows();
            assertThat(rows.get(0).get("status")).isEqualTo("ok");
            // stopped mid-sample (an interrupted row) or between samples (no row): either way, before the end
            assertThat(rows).hasSizeLessThan(4).extracting(r -> r.get("status")).allMatch(s -> s.equals("ok") || s.equals("interrupted"));
            boolean delayCleared = lab.state().withDelayBox(box -> box.interfaces().stream().allMatch(i -> box.netem(i) == null));
            assertThat(delayCleared).isTrue();
            assertThat(lab.state().stopStress()).isZero();
            double now = lab.state().nowLabS();
            assertThat(lab.state().tasks("pve1")).noneMatch(t -> t.running(now));
            assertThat(lab.state().tasks("pve2")).noneMatch(t -> t.running(now));
        }
    }

    private Path waitForRows(int rows, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Path csv = measurements();
            if (csv != null && MeasurementsOnDisk.read(csv).rows().size() >= rows) {
                return csv;
            }
            assertThat(child.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("no row in 90 s: " + Files.readString(dir.resolve("child.log")));
    }

    private Path measurements() throws Exception {
        Path results = dir.resolve("results");
        if (!Files.isDirectory(results)) {
            return null;
        }
        try (Stream<Path> runs = Files.list(results)) {
            return runs.map(run -> run.resolve("measurements.csv")).filter(Files::exists).findFirst().orElse(null);
        }
    }
}
