package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.sweep.LabDoubles;
import io.migcal.harness.sweep.MeasurementsOnDisk;
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

/** kill -9 of the harness mid-sweep, then {@code --resume}: nothing lost, nothing measured twice. */
class KilledSweepResumeTest {
    @TempDir
    Path dir;

    @Test
    void aSweepKilledWithSigkillResumesWithoutDuplicatedOrMissingSamples() throws Exception {
        Path lab = SweepCommandTest.labYaml(dir);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                DoublesSweepMain.class.getName(), "--config", lab.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path csv = waitForRows(2, child);

        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        int rowsAtKill = MeasurementsOnDisk.read(csv).rows().size();
        assertThat(rowsAtKill).isBetween(2, 3);

        LabDoubles resumed = new LabDoubles();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SweepCommand(SweepCommandTest.connectorTo(resumed), resumed.clock));
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("--resume", csv.getParent().toString())).as(err.toString()).isEqualTo(ExitCode.OK);

        List<Map<String, String>> rows = MeasurementsOnDisk.read(csv).rows();
        assertThat(rows).extracting(r -> r.get("sample_id")).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                "rtt0ms-fill1000B-rep1", "rtt0ms-fill1000B-rep2", "rtt4ms-fill1000B-rep1", "rtt4ms-fill1000B-rep2");
        assertThat(rows).extracting(r -> r.get("status")).containsOnly("ok");
        assertThat(resumed.hypervisor.requests).hasSize(4 - rowsAtKill);
        assertThat(resumed.restored()).isTrue();
    }

    private Path waitForRows(int rows, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Path csv = measurements();
            if (csv != null && MeasurementsOnDisk.read(csv).rows().size() >= rows) {
                return csv;
            }
            assertThat(child.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("the child wrote fewer than " + rows + " rows in 60 s: "
                + Files.readString(dir.resolve("child.log")));
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
