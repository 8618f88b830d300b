package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.config.LabClockConfig;
import io.migcal.harness.config.LabConfigWriter;
import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabConfig;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.lab.pve.EmulatedRelease;
import io.migcal.harness.lab.pve.LabTask;
import io.migcal.harness.sweep.MeasurementsOnDisk;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The paper's Proxmox VE 5.1 (ticket login, no {@code /access/permissions}, the lock only in the VM's
 * config), emulated by the virtual lab at its default speed and driven by the real command line:
 * {@code check} passes with the privileges "not checkable", and a sweep killed with SIGKILL while
 * a migration runs is finished by {@code --resume}: every planned sample ok exactly once, nothing
 * left running.
 */
class Pve51OnVirtualLabTest {
    static final List<String> PLANNED = List.of("rtt0ms-fill644245094B-rep1", "rtt0ms-fill644245094B-rep2",
            "rtt6ms-fill644245094B-rep1", "rtt6ms-fill644245094B-rep2");

    @TempDir
    Path dir;
    VirtualLab lab;
    String out;
    String err;

    @BeforeEach
    void startLab() throws Exception {
        lab = VirtualLab.start(VirtualLabSettings.defaults(dir.resolve("vlab")).withPveVersion(EmulatedRelease.V5_1));
    }

    @AfterEach
    void stopLab() {
        lab.close();
    }

    Path labYaml() throws Exception {
        SweepConfig sweep = new SweepConfig(List.of(0.0, 6.0), List.of(644245094L), 2, null, 11L, 1.0, 600.0,
                1000.0, null, null);
        String yaml = LabConfigWriter.toYaml(VirtualLabConfig.from(lab.descriptor(), sweep, 100, dir.resolve("results"),
                new LabClockConfig(lab.clock().factor(), lab.clock().labOrigin().toString())), "PVE 5.1 lab");
        return Files.writeString(dir.resolve("lab.yaml"), yaml);
    }

    int migcal(String... args) {
        CommandLine cli = Migcal.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cli.setOut(new PrintWriter(o, true));
        cli.setErr(new PrintWriter(e, true));
        int exit = cli.execute(args);
        out = o.toString();
        err = e.toString();
        return exit;
    }

    @Test
    void checkPassesWithThePrivilegesNotCheckable() throws Exception {
        int exit = migcal("check", "--config", labYaml().toString());

        assertThat(exit).as(out + err).isEqualTo(ExitCode.OK);
        assertThat(out).contains("Proxmox VE version: 5.1").containsPattern("n/a +API privileges: not checkable on PVE < 6.0")
                .doesNotContain("FAIL").doesNotContain("Proxmox migration preconditions");
    }

    @Test
    void aLockLeftInTheConfigFailsTheCheckAlthoughStatusCurrentDoesNotShowIt() throws Exception {
        lab.faults().lockVm("backup");

        assertThat(migcal("check", "--config", labYaml().toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(out).containsPattern("FAIL +VM 100 running and unlocked: VM is locked \\(backup\\)");
    }

    @Test
    void aSweepKilledMidMigrationIsFinishedByResumeWithEverySampleOkOnce() throws Exception {
        Path config = labYaml();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Migcal.class.getName(), "sweep", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path csv = waitForRow(child);
        lab.faults().hangNextMigration(); // the killed run's migration goes on until someone stops it
        waitForRunningMigration(child);

        child.destroyForcibly(); // SIGKILL: no hook, no teardown; Proxmox goes on migrating
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(runningTasks()).as("the killed harness left a migration running").isNotEmpty();

        int code = migcal("sweep", "--resume", csv.getParent().toString());

        assertThat(code).as(out + err).isEqualTo(ExitCode.OK);
        List<Map<String, String>> rows = MeasurementsOnDisk.read(csv).rows();
        List<String> ok = rows.stream().filter(r -> r.get("status").equals("ok")).map(r -> r.get("sample_id")).toList();
        assertThat(ok).as(rows.toString()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(PLANNED);
        assertThat(rows).as("nothing failed because of what the killed run left").allMatch(r -> r.get("status").equals("ok"));
        assertThat(Files.readString(csv.resolveSibling("sweep.log"))).contains("still running for VM 100")
                .contains("; stopped UPID:");
        assertThat(runningTasks()).isEmpty();
        assertThat(lab.state().vmLock()).isNull();
        boolean delayCleared = lab.state().withDelayBox(box -> box.interfaces().stream().allMatch(i -> box.netem(i) == null));
        assertThat(delayCleared).isTrue();
        assertThat(lab.state().stopStress()).isZero();
    }

    private List<LabTask> runningTasks() {
        double now = lab.state().nowLabS();
        return lab.state().allTasks().stream().filter(t -> t.running(now)).toList();
    }

    private Path waitForRow(Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Path csv = measurements();
            if (csv != null && !MeasurementsOnDisk.read(csv).rows().isEmpty()) {
                return csv;
            }
            assertThat(child.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("no row in 120 s: " + Files.readString(dir.resolve("child.log")));
    }

    private void waitForRunningMigration(Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (runningTasks().isEmpty()) {
            assertThat(child.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
            assertThat(System.nanoTime()).as("a migration started within 120 s").isLessThan(deadline);
            Thread.sleep(20);
        }
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
