package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.sweep.MeasurementsOnDisk;
import io.migcal.harness.sweep.connect.ProxmoxLabConnector;
import io.migcal.harness.sweep.connect.VirtualLabYaml;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A refinement killed with SIGKILL: the real {@code migcal sweep --refine RUN --rtt-ms 4,6,8} in a
 * child JVM against the virtual lab, killed after its first new row. Refining again is refused (the
 * levels belong to the unfinished refinement); {@code --resume} finishes it from the manifest alone:
 * every sample on disk once, the first run's rows untouched, one refinement recorded, the lab restored.
 */
class KilledRefineOnVirtualLabTest {
    private static final double COMPRESSION = 400;

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void aKilledRefinementIsContinuedByResumeWithEverySampleOnce() throws Exception {
        try (VirtualLab lab = VirtualLab.start(VirtualLabSettings.defaults(dir.resolve("vlab"))
                .withTimeCompression(COMPRESSION))) {
            Path config = VirtualLabYaml.write(lab.descriptor(), dir, "  rtt_ms: [0, 2]\n  fill_bytes: [644245094]\n"
                    + "  repetitions: 1\n  settle_s: 1\n  sample_timeout_s: 600\n  rtt_tolerance_ms: 1000\n");
            assertThat(migcal(lab, "--config", config.toString())).as(err.toString()).isZero();
            Path csv = onlyRun().resolve("measurements.csv");
            byte[] firstRows = Files.readAllBytes(csv);

            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    Migcal.class.getName(), "sweep", "--refine", csv.getParent().toString(), "--rtt-ms", "4,6,8")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            waitForRows(csv, 3, child);
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(MeasurementsOnDisk.read(csv).rows()).as("killed before the refinement's last sample").hasSizeLessThan(5);

            assertThat(migcal(lab, "--refine", csv.getParent().toString(), "--rtt-ms", "4,6,8"))
                    .isEqualTo(ExitCode.BAD_INPUT);
            assertThat(err.toString()).contains("RTT 4 ms was added by the refinement of")
                    .contains("which is not finished; continue it with 'migcal sweep --resume " + csv.getParent() + "'")
                    .hasLineCount(1);

            int code = migcal(lab, "--resume", csv.getParent().toString());

            assertThat(code).as(err.toString()).isIn(ExitCode.OK, ExitCode.FAILURE);
            assertThat(Arrays.copyOf(Files.readAllBytes(csv), firstRows.length)).isEqualTo(firstRows);
            List<String> finished = MeasurementsOnDisk.read(csv).rows().stream()
                    .filter(r -> !r.get("status").equals("interrupted")).map(r -> r.get("sample_id")).toList();
            assertThat(finished).doesNotHaveDuplicates().containsExactlyInAnyOrder("rtt0ms-fill644245094B-rep1",
                    "rtt2ms-fill644245094B-rep1", "rtt4ms-fill644245094B-rep1", "rtt6ms-fill644245094B-rep1",
                    "rtt8ms-fill644245094B-rep1");
            JsonNode manifest = new ObjectMapper().readTree(csv.resolveSibling("manifest.json").toFile());
            assertThat(manifest.path("refinements")).hasSize(1);
            assertThat(manifest.path("refinements").get(0).path("added_rtt_ms").toString()).isEqualTo("[4.0,6.0,8.0]");
            assertThat(manifest.path("samples_planned").asInt()).isEqualTo(5);
            boolean delayCleared = lab.state().withDelayBox(box -> box.interfaces().stream().allMatch(i -> box.netem(i) == null));
            assertThat(delayCleared).isTrue();
            assertThat(lab.state().stopStress()).isZero();
        }
    }

    private int migcal(VirtualLab lab, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = new CommandLine(new SweepCommand(new ProxmoxLabConnector(lab.clock(), COMPRESSION), lab.clock()));
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path onlyRun() throws Exception {
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            return runs.findFirst().orElseThrow();
        }
    }

    private void waitForRows(Path csv, int rows, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (MeasurementsOnDisk.read(csv).rows().size() >= rows) {
                return;
            }
            assertThat(child.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("no new row in 90 s: " + Files.readString(dir.resolve("child.log")));
    }
}
